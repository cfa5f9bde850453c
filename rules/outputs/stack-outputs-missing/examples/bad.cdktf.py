from cdktf import TerraformOutput
from imports.aws.iam_role import IamRole
from imports.aws.s3_bucket import S3Bucket

bucket = S3Bucket(self, "data", bucket_prefix="data")
# expect: IAC501
role = IamRole(self, "reader", assume_role_policy="{}")
TerraformOutput(self, "bucket_name", value=bucket.bucket)
