resource "aws_s3_bucket" "data" {
  # expect: IAC000
  bucket = "data" "oops"
}
