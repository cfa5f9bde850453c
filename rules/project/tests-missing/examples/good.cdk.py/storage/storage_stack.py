# iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC803, IAC804] an example of tests-missing alone; the other rules' examples show their settings
from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_s3 as s3
from constructs import Construct


class StorageStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        bucket = s3.Bucket(self, "Data")
        CfnOutput(self, "BucketName", value=bucket.bucket_name)
