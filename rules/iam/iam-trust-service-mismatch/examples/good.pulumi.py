# iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-service-mismatch alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

task_role = aws.iam.Role(
    "task",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"Service": "ecs-tasks.amazonaws.com"},
        }],
    }),
)
aws.ecs.TaskDefinition(
    "api",
    family="api",
    task_role_arn=task_role.arn,
    container_definitions="[]",
)
