# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of alarm-without-actions alone; the other rules' examples show their settings
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors"
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
