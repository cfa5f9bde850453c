# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of hardcoded-deployment-value alone; the other rules' examples show their settings
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
  # expect: IAC703
  availability_zone = "us-west-2a"
}
