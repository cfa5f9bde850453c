# iacreview: ignore-file[IAC801, IAC802, IAC803, IAC804] an example of invalid-suppression alone; the other rules' examples show their settings
# iacreview: ignore[IAC101, IAC103] access-log target bucket: S3 requires SSE-S3
resource "aws_s3_bucket" "logs" {
  bucket_prefix = "logs"
}
output "logs" { value = aws_s3_bucket.logs.id }
