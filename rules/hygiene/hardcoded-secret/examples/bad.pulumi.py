import pulumi_aws as aws

aws.secretsmanager.SecretVersion(
    "token",
    secret_id="arn:aws:secretsmanager:us-east-1:123456789012:secret:token",
    # expect: IAC805
    secret_string="ghp_1234567890abcdef",
)
