from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

key = kms.Key(self, "DataKey", enable_key_rotation=True)
data = s3.Bucket(
    self,
    "Data",
    # expect: IAC101
    encryption=s3.BucketEncryption.S3_MANAGED,
)
