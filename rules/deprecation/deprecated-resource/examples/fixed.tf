terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.30" }
  }
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
  # expect: IAC201
  versioning {
    enabled = true
  }
}

# expect: IAC201
resource "aws_s3_bucket_object" "config" {
  bucket = aws_s3_bucket.data.id
  key    = "config.json"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  # expect: IAC201
  runtime  = "python3.13"
  filename = "worker.zip"
}
