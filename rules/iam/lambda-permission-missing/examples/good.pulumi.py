# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of lambda-permission-missing alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws

role = aws.iam.Role(
    "handler",
    assume_role_policy=aws.iam.get_policy_document(
        statements=[{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}]}]
    ).json,
)
handler = aws.lambda_.Function(
    "handler",
    role=role.arn,
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.FileArchive("./handler"),
)
uploads = aws.s3.Bucket("uploads")
may_invoke = aws.lambda_.Permission(
    "uploads",
    function=handler.name,
    action="lambda:InvokeFunction",
    principal="s3.amazonaws.com",
    source_arn=uploads.arn,
)
aws.s3.BucketNotification(
    "uploads",
    bucket=uploads.id,
    lambda_functions=[{"lambda_function_arn": handler.arn, "events": ["s3:ObjectCreated:*"]}],
    opts=pulumi.ResourceOptions(depends_on=[may_invoke]),
)
alerts = aws.sns.Topic("alerts")
aws.lambda_.Permission(
    "alerts",
    function=handler.name,
    action="lambda:InvokeFunction",
    principal="sns.amazonaws.com",
    source_arn=alerts.arn,
)
aws.sns.TopicSubscription("alerts", topic=alerts.arn, protocol="lambda", endpoint=handler.arn)
