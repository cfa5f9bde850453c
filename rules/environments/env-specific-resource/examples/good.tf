# iacreview: ignore-file[IAC501, IAC801] an example of env-specific-resource alone; the other rules' examples show their settings
variable "environment" { type = string }

resource "aws_db_instance" "main" {
  instance_class    = var.environment == "prod" ? "db.r6g.large" : "db.t4g.small"
  allocated_storage = 20
  storage_encrypted = true
}
