# iacreview: ignore-file[IAC501, IAC801] an example of iam-wildcard-principal alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

role = aws.iam.Role(
    "shared",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}],
    }),
)
