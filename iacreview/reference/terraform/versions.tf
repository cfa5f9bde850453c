terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  default_tags {
    tags = { Environment = var.environment_suffix, Project = "app" }
  }
}
