import pulumi_aws as aws

bucket = aws.s3.Bucket(
    "data",
    # expect: IAC000
    tags={"Owner": "platform"}}
)
