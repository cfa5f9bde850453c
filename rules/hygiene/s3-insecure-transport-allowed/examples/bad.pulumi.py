import pulumi_aws as aws

# expect: IAC804
bucket = aws.s3.Bucket("data")
