# iacreview: ignore-file[IAC101, IAC105, IAC801, IAC802, IAC803, IAC804] an example of stack-outputs-missing alone; the other rules' examples show their settings
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

output "bucket" { value = aws_s3_bucket.data.bucket }
output "kms_key_arn" { value = aws_kms_key.data.arn }
