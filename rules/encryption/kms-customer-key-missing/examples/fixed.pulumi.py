import pulumi_aws as aws

audit_key = aws.kms.Key("audit-key", enable_key_rotation=True)
data = aws.s3.Bucket("data")
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-encryption",
    bucket=data.id,
    rules=[
        {
            "apply_server_side_encryption_by_default": {
                # expect: IAC103
                "sse_algorithm": "aws:kms",
                "kms_master_key_id": audit_key.arn,
            },
        }
    ],
)
