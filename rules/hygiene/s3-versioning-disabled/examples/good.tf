# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC804] an example of s3-versioning-disabled alone; the other rules' examples show their settings
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration { status = "Enabled" }
}
