# The reference compliant stack as a Terraform root module: a bucket encrypted with a customer-managed
# KMS key (rotation, key policy), versioning, public access block and a TLS-only policy; a role the
# Lambda function can assume; a log group with retention and the key; an alarm in every environment.
data "aws_caller_identity" "current" {}

# iacreview: ignore[IAC601] a small root module; a larger one would call storage and monitoring modules
resource "aws_kms_key" "data" {
  description         = "Application data key"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "ServicesUse"
        Effect    = "Allow"
        Principal = { Service = ["s3.amazonaws.com", "logs.amazonaws.com"] }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_s3_bucket" "app_data" {
  bucket_prefix = "app-data-${var.environment_suffix}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "app_data" {
  bucket = aws_s3_bucket.app_data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_versioning" "app_data" {
  bucket = aws_s3_bucket.app_data.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_public_access_block" "app_data" {
  bucket                  = aws_s3_bucket.app_data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "tls_only" {
  bucket = aws_s3_bucket.app_data.id
  policy = data.aws_iam_policy_document.tls_only.json
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.app_data.arn, "${aws_s3_bucket.app_data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_iam_role" "app" {
  name_prefix = "app-${var.environment_suffix}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = ["ec2.amazonaws.com", "lambda.amazonaws.com"] }
    }]
  })
}

resource "aws_lambda_function" "processor" {
  function_name = "processor-${var.environment_suffix}"
  role          = aws_iam_role.app.arn
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  filename      = "processor.zip"
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/${var.environment_suffix}"
  retention_in_days = var.environment_suffix == "production" ? 365 : 30
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors-${var.environment_suffix}"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  dimensions          = { FunctionName = aws_lambda_function.processor.function_name }
}
