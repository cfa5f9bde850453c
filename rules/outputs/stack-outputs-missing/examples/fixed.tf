resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

# expect: IAC501
resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

output "bucket" { value = aws_s3_bucket.data.bucket }

output "data_arn" {
  value = aws_kms_key.data.arn
}
