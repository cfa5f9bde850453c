import json

import pulumi_aws as aws

role = aws.iam.Role("worker", assume_role_policy=json.dumps({"Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
aws.iam.RolePolicy(
    "worker",
    role=role.id,
    policy=json.dumps({
        "Version": "2012-10-17",
        # expect: IAC404
        "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
    }),
)
