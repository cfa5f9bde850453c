from aws_cdk import aws_s3 as s3

# expect: IAC803
data = s3.Bucket(self, "Data", versioned=False)
