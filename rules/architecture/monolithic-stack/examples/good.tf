# iacreview: ignore-file[IAC501, IAC801] an example of monolithic-stack alone; the other rules' examples show their settings
variable "env" { type = string }

module "network" {
  source = "./modules/network"
}

module "storage" {
  source = "./modules/storage"
  env    = var.env
}

resource "aws_sqs_queue" "jobs" {}
resource "aws_sns_topic" "events" {}
