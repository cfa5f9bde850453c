# iacreview: ignore-file[IAC501] an example of tags-missing alone; the other rules' examples show their settings
provider "aws" {
  default_tags {
    tags = { Environment = "dev" }
  }
}

resource "aws_sqs_queue" "jobs" {}
