from aws_cdk import aws_cloudwatch as cloudwatch

# expect: IAC301
if self.node.try_get_context("env") == "production":
    cloudwatch.Dashboard(self, "Ops")
