import pulumi_aws as aws

# expect: IAC104
key = aws.kms.Key("data", description="data", enable_key_rotation=True)
