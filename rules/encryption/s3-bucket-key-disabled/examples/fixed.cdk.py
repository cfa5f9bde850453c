from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

key = kms.Key(self, "DataKey", enable_key_rotation=True)
data = s3.Bucket(
    self,
    "Data",
    # expect: IAC102
    encryption=s3.BucketEncryption.KMS,
    encryption_key=key,
    bucket_key_enabled=True,
)
