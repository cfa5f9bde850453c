# iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC803, IAC804] an example of stack-outputs-missing alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws

bucket = aws.s3.Bucket("data")
queue = aws.sqs.Queue("jobs")

pulumi.export("bucket_name", bucket.bucket)
pulumi.export("queue_url", queue.url)
