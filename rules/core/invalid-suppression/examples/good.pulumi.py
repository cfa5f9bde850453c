# iacreview: ignore-file[IAC801, IAC802, IAC803, IAC804] an example of invalid-suppression alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws

# iacreview: ignore[s3-encryption-not-kms, IAC103] access-log target bucket: S3 requires SSE-S3
logs = aws.s3.Bucket("logs")
pulumi.export("logs", logs.bucket)
