# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of vpc-flow-logs-missing alone; the other rules' examples show their settings
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::network-flow-logs"
}
