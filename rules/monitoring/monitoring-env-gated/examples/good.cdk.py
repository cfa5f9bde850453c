# iacreview: ignore-file[IAC501] an example of monitoring-env-gated alone; the other rules' examples show their settings
from aws_cdk import aws_cloudwatch as cloudwatch

cloudwatch.Dashboard(self, "Ops")
