# iacreview: ignore-file[IAC101, IAC501, IAC103, IAC801, IAC802, IAC803] an example of s3-insecure-transport-allowed alone; the other rules' examples show their settings
from aws_cdk import aws_s3 as s3

data = s3.Bucket(self, "Data", enforce_ssl=True)
