from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as _lambda

role = iam.Role(
    self,
    "FnRole",
    # expect: IAC401
    assumed_by=iam.CompositePrincipal(iam.ServicePrincipal("ec2.amazonaws.com"), iam.ServicePrincipal("lambda.amazonaws.com")),
)
_lambda.Function(self, "Fn", runtime=_lambda.Runtime.PYTHON_3_13, handler="index.handler", code=_lambda.Code.from_asset("fn"), role=role)
