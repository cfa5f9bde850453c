resource "aws_iam_policy" "flow_logs" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = ["logs:CreateLogStream", "logs:PutLogEvents"]
      # expect: IAC404
      Resource = "*"
    }]
  })
}
