# iacreview: ignore-file[IAC101, IAC501, IAC103, IAC801, IAC802, IAC804] an example of s3-versioning-disabled alone; the other rules' examples show their settings
from aws_cdk import aws_s3 as s3

data = s3.Bucket(self, "Data", versioned=True)
