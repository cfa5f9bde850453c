# iacreview: ignore-file[IAC501, IAC801] an example of log-retention-missing alone; the other rules' examples show their settings
from aws_cdk import aws_logs as logs

logs.LogGroup(self, "AppLogs", retention=logs.RetentionDays.ONE_MONTH)
