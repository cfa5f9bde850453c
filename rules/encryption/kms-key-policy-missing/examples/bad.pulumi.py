import pulumi_aws as aws

# expect: IAC105
key = aws.kms.Key("data", enable_key_rotation=True)
