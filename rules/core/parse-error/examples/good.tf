# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of parse-error alone; the other rules' examples show their settings
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}
