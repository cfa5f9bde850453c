# expect: IAC801
resource "aws_sqs_queue" "jobs" {}
