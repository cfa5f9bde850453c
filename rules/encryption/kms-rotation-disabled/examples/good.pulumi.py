import pulumi_aws as aws

key = aws.kms.Key("data", description="data", enable_key_rotation=True)
