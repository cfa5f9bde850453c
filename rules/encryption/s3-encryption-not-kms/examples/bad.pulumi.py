import pulumi_aws as aws

# expect: IAC101
logs = aws.s3.Bucket("logs")

data = aws.s3.Bucket("data")
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-encryption",
    bucket=data.id,
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                # expect: IAC101
                sse_algorithm="AES256",
            ),
        )
    ],
)
