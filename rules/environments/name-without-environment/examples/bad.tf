locals {
  name_prefix = "tap-stack"
}

resource "aws_iam_role" "ec2" {
  # expect: IAC701
  name               = "${local.name_prefix}-ec2-role"
  assume_role_policy = "{}"
}
