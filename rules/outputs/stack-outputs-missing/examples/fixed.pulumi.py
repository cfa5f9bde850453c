import pulumi
import pulumi_aws as aws

# expect: IAC501
bucket = aws.s3.Bucket("data")
queue = aws.sqs.Queue("jobs")
pulumi.export("bucket_arn", bucket.arn)
