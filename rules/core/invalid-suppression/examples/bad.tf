# expect: IAC001
# iacreview: ignore[IAC101]
resource "aws_s3_bucket" "logs" {
  bucket_prefix = "logs"
}
output "logs" { value = aws_s3_bucket.logs.id }
