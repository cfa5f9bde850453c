# iacreview: ignore-file[IAC404, IAC501, IAC801] an example of iam-passrole-missing alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

builder = aws.iam.Role(
    "builder",
    assume_role_policy=json.dumps(
        {
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ]
        }
    ),
)

projects = aws.iam.Policy(
    "create-projects",
    policy=json.dumps(
        {
            # expect: IAC407
            "Statement": [{"Effect": "Allow", "Action": "codebuild:CreateProject", "Resource": "*"}],
        }
    ),
)

aws.iam.RolePolicyAttachment("builder-projects", role=builder.name, policy_arn=projects.arn)
