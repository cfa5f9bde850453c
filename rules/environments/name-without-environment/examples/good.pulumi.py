import pulumi
import pulumi_aws as aws

env = pulumi.get_stack()
role = aws.iam.Role("worker", name=f"worker-role-{env}", assume_role_policy="{}")
