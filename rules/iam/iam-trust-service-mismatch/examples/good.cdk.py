# iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-service-mismatch alone; the other rules' examples show their settings
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as _lambda

role = iam.Role(self, "FnRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
_lambda.Function(self, "Fn", runtime=_lambda.Runtime.PYTHON_3_13, handler="index.handler", code=_lambda.Code.from_asset("fn"), role=role)
