# iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-secret alone; the other rules' examples show their settings
resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "app"
  manage_master_user_password = true
}
