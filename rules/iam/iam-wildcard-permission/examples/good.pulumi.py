# iacreview: ignore-file[IAC501, IAC801] an example of iam-wildcard-permission alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

role = aws.iam.Role("worker", assume_role_policy=json.dumps({"Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
aws.iam.RolePolicy(
    "worker",
    role=role.id,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage"], "Resource": "arn:aws:sqs:us-east-1:123456789012:jobs"}],
    }),
)
