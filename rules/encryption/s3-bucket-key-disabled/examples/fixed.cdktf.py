from imports.aws.kms_key import KmsKey
from imports.aws.s3_bucket import S3Bucket
from imports.aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA

key = KmsKey(self, "data-key", enable_key_rotation=True)
bucket = S3Bucket(self, "data", bucket_prefix="data")
S3BucketServerSideEncryptionConfigurationA(
    self,
    "data-encryption",
    bucket=bucket.id,
    rule=[
        {
            "apply_server_side_encryption_by_default": {
                # expect: IAC102
                "sse_algorithm": "aws:kms",
                "kms_master_key_id": key.arn,
            },
            "bucket_key_enabled": True,
        }
    ],
)
