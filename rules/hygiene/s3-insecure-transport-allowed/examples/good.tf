# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803] an example of s3-insecure-transport-allowed alone; the other rules' examples show their settings
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_s3_bucket_policy" "tls_only" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
