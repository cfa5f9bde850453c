import json
import pulumi_aws as aws

data_key = aws.kms.Key(
    "data-key",
    description="Application data key",
    enable_key_rotation=True,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "AccountAdmin",
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{aws.get_caller_identity().account_id}:root"},
                    "Action": "kms:*",
                    "Resource": "*",
                },
                {
                    "Sid": "ServicesUse",
                    "Effect": "Allow",
                    "Principal": {"Service": ["s3.amazonaws.com", "logs.amazonaws.com"]},
                    "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"],
                    "Resource": "*",
                },
            ],
        }
    ),
)

# expect: IAC101
logs = aws.s3.Bucket("logs")

data = aws.s3.Bucket("data")
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-encryption",
    bucket=data.id,
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                # expect: IAC101
                sse_algorithm="aws:kms",
                kms_master_key_id=data_key.arn,
            ),
        )
    ],
)
