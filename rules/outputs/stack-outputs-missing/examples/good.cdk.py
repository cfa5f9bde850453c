# iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC803, IAC804] an example of stack-outputs-missing alone; the other rules' examples show their settings
from aws_cdk import CfnOutput
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

bucket = s3.Bucket(self, "Data")
role = iam.Role(self, "Reader", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
CfnOutput(self, "BucketName", value=bucket.bucket_name)
CfnOutput(self, "ReaderRoleArn", value=role.role_arn)
