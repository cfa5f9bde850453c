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
aws.s3.BucketNotification(
    "uploads",
    bucket=uploads.id,
    # expect: IAC405
    lambda_functions=[{"lambda_function_arn": handler.arn, "events": ["s3:ObjectCreated:*"]}],
)
alerts = aws.sns.Topic("alerts")
aws.sns.TopicSubscription(
    "alerts",
    topic=alerts.arn,
    protocol="lambda",
    # expect: IAC405
    endpoint=handler.arn,
)
