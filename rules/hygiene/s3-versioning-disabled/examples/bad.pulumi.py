import pulumi_aws as aws

# expect: IAC803
bucket = aws.s3.Bucket("data")
