# iacreview: ignore-file[IAC101, IAC501, IAC103, IAC801, IAC803, IAC804] an example of s3-public-access-not-blocked alone; the other rules' examples show their settings
from aws_cdk import aws_s3 as s3

site = s3.Bucket(self, "Site", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
