# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of ebs-volume-not-encrypted alone; the other rules' examples show their settings
resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
  root_block_device {
    volume_size = 30
    encrypted   = true
  }
}

# the account encrypts every new volume in this region
resource "aws_ebs_encryption_by_default" "on" {
  enabled = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}
