from imports.aws.kms_key import KmsKey
from imports.aws.s3_bucket import S3Bucket
from imports.aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA

data_key = KmsKey(self, "data-key", enable_key_rotation=True)
# Reports, encrypted with keys AWS owns.
# expect: IAC103
reports = S3Bucket(self, "reports", bucket_prefix="reports")
S3BucketServerSideEncryptionConfigurationA(
    self,
    "reports-encryption",
    bucket=reports.id,
    rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": data_key.arn}}],
)
