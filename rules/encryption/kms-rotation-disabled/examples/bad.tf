# expect: IAC104
resource "aws_kms_key" "data" {
  description = "data"
}
