# iacreview: ignore-file[IAC102, IAC501, IAC801, IAC802, IAC803, IAC804] an example of kms-customer-key-missing alone; the other rules' examples show their settings
variable "data_key_arn" {
  type        = string
  description = "A customer-managed key owned by the security account"
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.data_key_arn
    }
  }
}
