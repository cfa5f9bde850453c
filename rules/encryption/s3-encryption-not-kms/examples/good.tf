# iacreview: ignore-file[IAC105, IAC501, IAC801, IAC802, IAC803, IAC804] an example of s3-encryption-not-kms alone; the other rules' examples show their settings
resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}
