# iacreview: ignore-file[IAC501] an example of hardcoded-secret alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
aws.secretsmanager.SecretVersion(
    "token",
    secret_id="arn:aws:secretsmanager:us-east-1:123456789012:secret:token",
    secret_string=config.require_secret("githubToken"),
)
