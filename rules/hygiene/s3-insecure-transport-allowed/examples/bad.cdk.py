from aws_cdk import aws_s3 as s3

# expect: IAC804
data = s3.Bucket(self, "Data", enforce_ssl=False)
