from aws_cdk import aws_iam as iam

role = iam.Role(self, "Builder", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
role.add_to_policy(
    iam.PolicyStatement(
        actions=["ecr:PutImage", "ecr:UploadLayerPart"],
        # expect: IAC404
        resources=["*"],
    )
)
