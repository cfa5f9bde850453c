resource "aws_iam_role" "app" {
  name = "app-role-dev"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect = "Allow"
      Action = "sts:AssumeRole"
      # expect: IAC402
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}
