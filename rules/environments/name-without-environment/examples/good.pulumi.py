# iacreview: ignore-file[IAC501, IAC801] an example of name-without-environment alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws

env = pulumi.get_stack()
role = aws.iam.Role("worker", name=f"worker-role-{env}", assume_role_policy="{}")
