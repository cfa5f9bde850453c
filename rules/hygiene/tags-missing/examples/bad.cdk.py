from aws_cdk import aws_sqs as sqs

# expect: IAC801
sqs.Queue(self, "Jobs")
