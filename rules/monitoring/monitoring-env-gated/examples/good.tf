# iacreview: ignore-file[IAC501, IAC801] an example of monitoring-env-gated alone; the other rules' examples show their settings
variable "environment" { type = string }
variable "enable_dashboard" { type = bool }

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors-${var.environment}"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = var.environment == "prod" ? 1 : 10
}

# A feature switch is not an environment condition.
resource "aws_cloudwatch_dashboard" "main" {
  count          = var.enable_dashboard ? 1 : 0
  dashboard_name = "main-${var.environment}"
  dashboard_body = "{}"
}
