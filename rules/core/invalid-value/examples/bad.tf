# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of invalid-value alone; the other rules' examples show their settings
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "worker" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"
  environment {
    variables = {
      # expect: IAC011
      AWS_DEFAULT_REGION = "us-east-1"
      STAGE              = "dev"
    }
  }
}

resource "aws_security_group" "internal" {
  name   = "internal"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol = "-1"
    from_port = 0
    # expect: IAC011
    to_port = 65535
    self      = true
  }
}
