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
      sse_algorithm = "AES256"
    }
  }
}
