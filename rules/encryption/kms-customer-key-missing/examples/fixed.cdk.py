from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

data_key = kms.Key(self, "DataKey", enable_key_rotation=True)
# expect: IAC103
data = s3.Bucket(self, "Data", versioned=True, encryption=s3.BucketEncryption.KMS, encryption_key=data_key)
