variable "environment" { type = string }

resource "aws_cloudwatch_metric_alarm" "errors" {
  # expect: IAC301
  alarm_name          = "errors-${var.environment}"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = 1
}
