import pulumi_aws as aws

# expect: IAC201
bucket = aws.s3.Bucket("data")
# expect: IAC201
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-encryption",
    bucket=bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms"}}],
)
aws.lambda_.Function(
    "worker",
    # expect: IAC201
    runtime="python3.13",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/worker",
    s3_bucket=bucket.bucket,
    s3_key="code.zip",
)
