# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
resource "aws_flow_log" "vpc" {
  vpc_id               = "vpc-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::network-flow-logs"
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "sessions"
  description          = "session cache"
  node_type            = "cache.t4g.micro"

  lifecycle {
    ignore_changes = [node_type]
  }
}
