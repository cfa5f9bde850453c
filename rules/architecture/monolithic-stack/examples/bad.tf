variable "env" { type = string }

# expect: IAC601
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_security_group" "web" { vpc_id = aws_vpc.main.id }
resource "aws_s3_bucket" "data" { bucket_prefix = "data" }
resource "aws_dynamodb_table" "orders" {
  name         = "orders-${var.env}"
  hash_key     = "id"
  billing_mode = "PAY_PER_REQUEST"
}
resource "aws_sqs_queue" "jobs" {}
resource "aws_sns_topic" "events" {}
resource "aws_cloudwatch_log_group" "app" { retention_in_days = 30 }
resource "aws_iam_role" "app" { assume_role_policy = "{}" }
resource "aws_kms_key" "data" { enable_key_rotation = true }
