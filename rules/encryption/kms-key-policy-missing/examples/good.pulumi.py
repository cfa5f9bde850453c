# iacreview: ignore-file[IAC501, IAC801] an example of kms-key-policy-missing alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

key = aws.kms.Key(
    "data",
    enable_key_rotation=True,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*", "Resource": "*"}],
    }),
)
