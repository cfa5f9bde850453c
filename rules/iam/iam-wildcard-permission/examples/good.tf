# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of iam-wildcard-permission alone; the other rules' examples show their settings
resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/vpc/flow-logs"
  retention_in_days = 30
}

resource "aws_iam_policy" "flow_logs" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "${aws_cloudwatch_log_group.flow_logs.arn}:*"
    }]
  })
}
