from aws_cdk import aws_cloudwatch as cloudwatch

cloudwatch.Dashboard(self, "Ops")
