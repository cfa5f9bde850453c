from imports.aws.data_aws_iam_policy_document import DataAwsIamPolicyDocument
from imports.aws.iam_instance_profile import IamInstanceProfile
from imports.aws.iam_role import IamRole

trust = DataAwsIamPolicyDocument(
    self,
    "trust",
    # expect: IAC401
    statement=[{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com", "ec2.amazonaws.com"]}]}],
)
role = IamRole(self, "web", assume_role_policy=trust.json)
IamInstanceProfile(self, "web-profile", role=role.name)
