# iacreview: ignore-file[IAC501, IAC801] an example of secret-parameter-exposed alone; the other rules' examples show their settings
variable "db_username" {
  type      = string
  sensitive = true
  default   = "postgres"
}

variable "db_password" {
  type      = string
  sensitive = true
  # expect: IAC808
  default = "ChangeMe123!"
}

# expect: IAC808
variable "api_token" {
  type = string
}

resource "aws_cloudwatch_log_group" "app" {
  retention_in_days = 30
}
