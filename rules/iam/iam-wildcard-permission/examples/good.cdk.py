# iacreview: ignore-file[IAC501, IAC801] an example of iam-wildcard-permission alone; the other rules' examples show their settings
from aws_cdk import aws_iam as iam

role = iam.Role(self, "Builder", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
role.add_to_policy(
    iam.PolicyStatement(
        actions=["ecr:PutImage", "ecr:UploadLayerPart"],
        resources=["arn:aws:ecr:us-east-1:123456789012:repository/app"],
    )
)
