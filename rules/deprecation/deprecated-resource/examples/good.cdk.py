# iacreview: ignore-file[IAC501, IAC801] an example of deprecated-resource alone; the other rules' examples show their settings
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as _lambda

vpc = ec2.Vpc(self, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"))
_lambda.Function(
    self,
    "Worker",
    runtime=_lambda.Runtime.PYTHON_3_13,
    handler="index.handler",
    code=_lambda.Code.from_asset("worker"),
)
