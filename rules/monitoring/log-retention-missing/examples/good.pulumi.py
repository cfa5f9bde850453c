# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of log-retention-missing alone; the other rules' examples show their settings
import pulumi_aws as aws

logs = aws.cloudwatch.LogGroup("app", name="/app/api", retention_in_days=30)
