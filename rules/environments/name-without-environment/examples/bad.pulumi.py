import pulumi_aws as aws

role = aws.iam.Role(
    "worker",
    # expect: IAC701
    name="worker-role",
    assume_role_policy="{}",
)
