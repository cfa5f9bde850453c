# iacreview: ignore-file[IAC105, IAC501, IAC701, IAC801] an example of kms-key-service-not-granted alone; the other rules' examples show their settings
resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/orders"
  retention_in_days = 30
  # expect: IAC406
  kms_key_id = aws_kms_key.logs.arn
}
