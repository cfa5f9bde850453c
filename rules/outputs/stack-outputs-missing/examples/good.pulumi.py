import pulumi
import pulumi_aws as aws

bucket = aws.s3.Bucket("data")
queue = aws.sqs.Queue("jobs")

pulumi.export("bucket_name", bucket.bucket)
pulumi.export("queue_url", queue.url)
