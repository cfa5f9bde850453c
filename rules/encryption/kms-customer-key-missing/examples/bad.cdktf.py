from imports.aws.s3_bucket import S3Bucket
from imports.aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA

# Reports, encrypted with keys AWS owns.
# expect: IAC103
reports = S3Bucket(self, "reports", bucket_prefix="reports")
S3BucketServerSideEncryptionConfigurationA(
    self,
    "reports-encryption",
    bucket=reports.id,
    rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
)
