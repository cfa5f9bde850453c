# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of log-retention-missing alone; the other rules' examples show their settings
from imports.aws.cloudwatch_log_group import CloudwatchLogGroup

logs = CloudwatchLogGroup(self, "app", name="/app/api", retention_in_days=30)
