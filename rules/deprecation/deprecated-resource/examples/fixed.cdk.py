from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as _lambda

vpc = ec2.Vpc(
    self,
    "Vpc",
    # expect: IAC201
    cidr="10.0.0.0/16",
)
_lambda.Function(
    self,
    "Worker",
    # expect: IAC201
    runtime=_lambda.Runtime.PYTHON_3_13,
    handler="index.handler",
    code=_lambda.Code.from_asset("worker"),
)
