# iacreview: ignore-file[IAC501, IAC801] an example of invalid-value alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

role = aws.iam.Role(
    "worker",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}],
    }),
)
aws.lambda_.Function(
    "worker",
    role=role.arn,
    runtime="python3.13",
    handler="index.handler",
    code=aws.AssetArchive({"index.py": aws.StringAsset("def handler(event, context):\n    return None\n")}),
    environment={
        "variables": {
            # expect: IAC011
            "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE",
            "STAGE": "dev",
        },
    },
)
