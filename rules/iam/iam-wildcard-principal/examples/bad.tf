resource "aws_lambda_permission" "public" {
  action        = "lambda:InvokeFunction"
  function_name = "api"
  # expect: IAC403
  principal = "*"
}
