# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC803, IAC804] an example of s3-public-access-not-blocked alone; the other rules' examples show their settings
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
