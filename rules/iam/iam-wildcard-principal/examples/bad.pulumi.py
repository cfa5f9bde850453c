import json

import pulumi_aws as aws

role = aws.iam.Role(
    "shared",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        # expect: IAC403
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}],
    }),
)
