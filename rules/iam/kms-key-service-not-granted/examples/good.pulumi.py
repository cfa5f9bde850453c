# iacreview: ignore-file[IAC501, IAC801] an example of kms-key-service-not-granted alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

account = aws.get_caller_identity().account_id
region = aws.get_region().name
logs_key = aws.kms.Key(
    "logs",
    enable_key_rotation=True,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "kms:*", "Resource": "*"},
                {
                    "Effect": "Allow",
                    "Principal": {"Service": f"logs.{region}.amazonaws.com"},
                    "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                    "Resource": "*",
                },
            ],
        }
    ),
)
aws.cloudwatch.LogGroup("app", retention_in_days=30, kms_key_id=logs_key.arn)
