# iacreview: ignore-file[IAC105, IAC501, IAC801] an example of kms-key-service-not-granted alone; the other rules' examples show their settings
import pulumi_aws as aws

logs_key = aws.kms.Key("logs", enable_key_rotation=True)
aws.cloudwatch.LogGroup(
    "app",
    retention_in_days=30,
    # expect: IAC406
    kms_key_id=logs_key.arn,
)
