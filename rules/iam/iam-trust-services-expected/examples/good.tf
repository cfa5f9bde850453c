# iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-services-expected alone; the other rules' examples show their settings
resource "aws_iam_role" "app" {
  name = "app-role-dev"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = ["ec2.amazonaws.com", "lambda.amazonaws.com"] }
    }]
  })
}
