# iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-service-mismatch alone; the other rules' examples show their settings
from imports.aws.data_aws_iam_policy_document import DataAwsIamPolicyDocument
from imports.aws.iam_instance_profile import IamInstanceProfile
from imports.aws.iam_role import IamRole

trust = DataAwsIamPolicyDocument(
    self,
    "trust",
    statement=[{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["ec2.amazonaws.com"]}]}],
)
role = IamRole(self, "web", assume_role_policy=trust.json)
IamInstanceProfile(self, "web-profile", role=role.name)
