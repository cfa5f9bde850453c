# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of vpc-flow-logs-missing alone; the other rules' examples show their settings
# expect: IAC807
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
