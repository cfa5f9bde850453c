# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of ebs-volume-not-encrypted alone; the other rules' examples show their settings
resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
  # expect: IAC107
  root_block_device {
    volume_size = 30
  }
}
