resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

# expect: IAC802
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = false
  restrict_public_buckets = true
}
