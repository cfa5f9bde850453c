# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of name-without-environment alone; the other rules' examples show their settings
from aws_cdk import aws_s3 as s3

s3.Bucket(self, "Data", bucket_name=f"acme-app-data-{self.stack_name}")
