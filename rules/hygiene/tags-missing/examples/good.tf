provider "aws" {
  default_tags {
    tags = { Environment = "dev" }
  }
}

resource "aws_sqs_queue" "jobs" {}
