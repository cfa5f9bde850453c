import pulumi_aws as aws

# expect: IAC802
bucket = aws.s3.Bucket("data")
