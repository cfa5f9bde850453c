import pulumi_aws as aws

bucket = aws.s3.Bucket(
    "data",
    tags={"Owner": "platform"},
)
