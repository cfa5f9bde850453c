# iacreview: ignore[IAC101, IAC103] access-log target bucket: S3 requires SSE-S3
resource "aws_s3_bucket" "logs" {
  bucket_prefix = "logs"
}
output "logs" { value = aws_s3_bucket.logs.id }
