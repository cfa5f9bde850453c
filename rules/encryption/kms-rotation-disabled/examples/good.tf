# iacreview: ignore-file[IAC105, IAC501, IAC801] an example of kms-rotation-disabled alone; the other rules' examples show their settings
resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}
