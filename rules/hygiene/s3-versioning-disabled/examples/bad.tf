# expect: IAC803
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}
