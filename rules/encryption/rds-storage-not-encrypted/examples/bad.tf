# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of rds-storage-not-encrypted alone; the other rules' examples show their settings
# expect: IAC106
resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}
