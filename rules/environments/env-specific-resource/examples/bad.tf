variable "environment" { type = string }

resource "aws_db_instance" "replica" {
  # expect: IAC702
  count               = var.environment == "prod" ? 1 : 0
  instance_class      = "db.t4g.small"
  replicate_source_db = "primary"
}
