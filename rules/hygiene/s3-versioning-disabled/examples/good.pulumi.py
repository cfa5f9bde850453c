# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC804] an example of s3-versioning-disabled alone; the other rules' examples show their settings
import pulumi_aws as aws

bucket = aws.s3.Bucket("data")
aws.s3.BucketVersioning("data-versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
