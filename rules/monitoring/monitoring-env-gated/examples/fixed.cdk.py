from aws_cdk import aws_cloudwatch as cloudwatch

# expect: IAC301
cloudwatch.Dashboard(self, "Ops")
