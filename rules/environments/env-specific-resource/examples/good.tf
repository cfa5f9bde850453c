variable "environment" { type = string }

resource "aws_db_instance" "main" {
  instance_class    = var.environment == "prod" ? "db.r6g.large" : "db.t4g.small"
  allocated_storage = 20
}
