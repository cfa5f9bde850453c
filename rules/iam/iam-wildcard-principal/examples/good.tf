# iacreview: ignore-file[IAC501] an example of iam-wildcard-principal alone; the other rules' examples show their settings
resource "aws_lambda_permission" "from_api_gateway" {
  action        = "lambda:InvokeFunction"
  function_name = "api"
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:aws:execute-api:us-east-1:123456789012:abc123/*"
}
