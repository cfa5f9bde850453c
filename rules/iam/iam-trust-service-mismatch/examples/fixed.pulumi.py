import json

import pulumi_aws as aws

task_role = aws.iam.Role(
    "task",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            # expect: IAC401
            "Principal": {"Service": ["ec2.amazonaws.com", "ecs-tasks.amazonaws.com"]},
        }],
    }),
)
aws.ecs.TaskDefinition(
    "api",
    family="api",
    task_role_arn=task_role.arn,
    container_definitions="[]",
)
