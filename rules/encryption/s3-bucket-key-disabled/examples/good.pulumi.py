# iacreview: ignore-file[IAC105, IAC501, IAC801, IAC802, IAC803, IAC804] an example of s3-bucket-key-disabled alone; the other rules' examples show their settings
import pulumi_aws as aws

key = aws.kms.Key("key", enable_key_rotation=True)
bucket = aws.s3.Bucket("data")
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-encryption",
    bucket=bucket.id,
    rules=[{
        "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn},
        "bucket_key_enabled": True,
    }],
)
