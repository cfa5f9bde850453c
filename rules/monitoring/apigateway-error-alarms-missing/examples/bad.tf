# iacreview: ignore-file[IAC501, IAC801] an example of apigateway-error-alarms-missing alone; the other rules' examples show their settings
# expect: IAC305
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_rest_api" "billing" {
  name = "billing"
}

# watches the other API
resource "aws_cloudwatch_metric_alarm" "billing_5xx" {
  alarm_name          = "billing-5xx"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  dimensions          = { ApiName = aws_api_gateway_rest_api.billing.name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
