# iacreview: ignore-file[IAC501, IAC801] an example of kms-key-policy-missing alone; the other rules' examples show their settings
resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "data" {
  key_id = aws_kms_key.data.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Admin", Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" }]
  })
}
