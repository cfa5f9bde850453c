# iacreview: ignore-file[IAC501, IAC801] an example of apigateway-error-alarms-missing alone; the other rules' examples show their settings
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

# an error rate, from metric math
resource "aws_cloudwatch_metric_alarm" "orders_5xx_rate" {
  alarm_name          = "orders-5xx-rate"
  evaluation_periods  = 1
  threshold           = 5
  comparison_operator = "GreaterThanThreshold"

  metric_query {
    id          = "rate"
    expression  = "100 * errors / requests"
    return_data = true
  }

  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "5XXError"
      dimensions  = { ApiName = aws_api_gateway_rest_api.orders.name }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "Count"
      dimensions  = { ApiName = aws_api_gateway_rest_api.orders.name }
      period      = 60
      stat        = "Sum"
    }
  }
}
