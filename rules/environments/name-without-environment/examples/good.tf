variable "environment" { type = string }

locals {
  name_prefix = "tap-${var.environment}"
}

resource "aws_iam_role" "ec2" {
  name               = "${local.name_prefix}-ec2-role"
  assume_role_policy = "{}"
}
