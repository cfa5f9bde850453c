import pulumi
import pulumi_aws as aws

# expect: IAC001
logs = aws.s3.Bucket("logs")  # iacreview: ignore[s3-encryption-not-kms]
pulumi.export("logs", logs.bucket)
