from aws_cdk import aws_s3 as s3

s3.Bucket(self, "Data", bucket_name=f"acme-app-data-{self.stack_name}")
