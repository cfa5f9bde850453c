# iacreview: ignore-file[IAC501, IAC801] an example of name-without-environment alone; the other rules' examples show their settings
variable "environment" { type = string }

locals {
  name_prefix = "tap-${var.environment}"
}

resource "aws_iam_role" "ec2" {
  name               = "${local.name_prefix}-ec2-role"
  assume_role_policy = "{}"
}
