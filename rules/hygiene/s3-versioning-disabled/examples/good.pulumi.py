import pulumi_aws as aws

bucket = aws.s3.Bucket("data")
aws.s3.BucketVersioning("data-versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
