# iacreview: ignore-file[IAC501, IAC801] an example of monitoring-env-gated alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws

environment = pulumi.Config().require("environment")

alarm = aws.cloudwatch.MetricAlarm(
    "api-errors",
    comparison_operator="GreaterThanThreshold",
    evaluation_periods=1,
    threshold=5 if environment == "production" else 50,
)
