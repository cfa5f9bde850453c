import pulumi_aws as aws

key = aws.kms.Key("key", enable_key_rotation=True)
bucket = aws.s3.Bucket("data")
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-encryption",
    bucket=bucket.id,
    rules=[{
        # expect: IAC102
        "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn},
        "bucket_key_enabled": True,
    }],
)
