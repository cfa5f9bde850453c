data "aws_caller_identity" "current" {}

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

# expect: IAC103
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

# Reports, encrypted with keys AWS owns.
# expect: IAC103
resource "aws_s3_bucket" "reports" {
  bucket_prefix = "reports"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}
