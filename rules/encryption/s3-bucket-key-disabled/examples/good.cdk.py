# iacreview: ignore-file[IAC105, IAC501, IAC801, IAC802, IAC803, IAC804] an example of s3-bucket-key-disabled alone; the other rules' examples show their settings
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

key = kms.Key(self, "DataKey", enable_key_rotation=True)
data = s3.Bucket(
    self,
    "Data",
    encryption=s3.BucketEncryption.KMS,
    encryption_key=key,
    bucket_key_enabled=True,
)
