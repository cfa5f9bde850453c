# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC701, IAC801, IAC802, IAC804] an example of deprecated-resource alone; the other rules' examples show their settings
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.30" }
  }
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_object" "config" {
  bucket = aws_s3_bucket.data.id
  key    = "config.json"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"
}
