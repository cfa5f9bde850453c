from aws_cdk import aws_s3 as s3

data = s3.Bucket(
    self,
    "Data",
    # expect: IAC101
    encryption=s3.BucketEncryption.S3_MANAGED,
)
