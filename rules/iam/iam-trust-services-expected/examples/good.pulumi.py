# iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-services-expected alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

role = aws.iam.Role(
    "app-role",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"]},
        }],
    }),
)
