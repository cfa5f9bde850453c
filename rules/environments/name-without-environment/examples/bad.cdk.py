from aws_cdk import aws_s3 as s3

s3.Bucket(
    self,
    "Data",
    # expect: IAC701
    bucket_name="acme-app-data",
)
