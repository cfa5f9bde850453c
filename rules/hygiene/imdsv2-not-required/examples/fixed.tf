# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of imdsv2-not-required alone; the other rules' examples show their settings
# expect: IAC806
resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

# started from a launch template, which decides
resource "aws_instance" "worker" {
  launch_template {
    id = "lt-0123456789abcdef0"
  }
}
