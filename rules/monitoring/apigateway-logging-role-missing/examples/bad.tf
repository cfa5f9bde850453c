# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of apigateway-logging-role-missing alone; the other rules' examples show their settings
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    metrics_enabled = true
    # expect: IAC304
    logging_level = "INFO"
  }
}
