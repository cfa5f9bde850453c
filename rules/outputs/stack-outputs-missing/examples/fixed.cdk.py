from aws_cdk import CfnOutput
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

bucket = s3.Bucket(self, "Data")
# expect: IAC501
role = iam.Role(self, "Reader", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
CfnOutput(self, "ReaderArn", value=role.role_arn)
CfnOutput(self, "BucketName", value=bucket.bucket_name)
