# iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC803, IAC804] an example of stack-outputs-missing alone; the other rules' examples show their settings
from cdktf import TerraformOutput
from imports.aws.iam_role import IamRole
from imports.aws.s3_bucket import S3Bucket

bucket = S3Bucket(self, "data", bucket_prefix="data")
role = IamRole(self, "reader", assume_role_policy="{}")
TerraformOutput(self, "bucket_name", value=bucket.bucket)
TerraformOutput(self, "role_arn", value=role.arn)
