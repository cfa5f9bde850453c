# iacreview: ignore-file[IAC102, IAC105, IAC501, IAC801, IAC802, IAC803, IAC804] an example of kms-customer-key-missing alone; the other rules' examples show their settings
from imports.aws.kms_key import KmsKey
from imports.aws.s3_bucket import S3Bucket
from imports.aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA

key = KmsKey(self, "data-key", enable_key_rotation=True)
reports = S3Bucket(self, "reports", bucket_prefix="reports")
S3BucketServerSideEncryptionConfigurationA(
    self,
    "reports-encryption",
    bucket=reports.id,
    rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
