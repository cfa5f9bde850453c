# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of log-retention-missing alone; the other rules' examples show their settings
resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/api"
  retention_in_days = 30
}
