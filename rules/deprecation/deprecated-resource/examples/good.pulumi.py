# iacreview: ignore-file[IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of deprecated-resource alone; the other rules' examples show their settings
import pulumi_aws as aws

bucket = aws.s3.Bucket("data")
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-encryption",
    bucket=bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms"}}],
)
aws.lambda_.Function(
    "worker",
    runtime="python3.13",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/worker",
    s3_bucket=bucket.bucket,
    s3_key="code.zip",
)
