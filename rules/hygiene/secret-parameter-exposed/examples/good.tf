# iacreview: ignore-file[IAC501, IAC801] an example of secret-parameter-exposed alone; the other rules' examples show their settings
variable "db_username" {
  type      = string
  sensitive = true
  default   = "postgres"
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "api_token" {
  type      = string
  sensitive = true
}

resource "aws_cloudwatch_log_group" "app" {
  retention_in_days = 30
}
