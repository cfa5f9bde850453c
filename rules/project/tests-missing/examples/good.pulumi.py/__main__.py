import pulumi
import pulumi_aws as aws

pulumi.export("bucket_name", aws.s3.Bucket("data").bucket)
