# iacreview: ignore-file[IAC501, IAC801] an example of apigateway-logging-role-missing alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

logs_role = aws.iam.Role(
    "apigateway-logs",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "apigateway.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
    managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"],
)
aws.apigateway.Account("account", cloudwatch_role_arn=logs_role.arn)

aws.apigateway.MethodSettings(
    "all",
    rest_api="a1b2c3d4e5",
    stage_name="prod",
    method_path="*/*",
    settings={"logging_level": "ERROR", "metrics_enabled": True},
)
