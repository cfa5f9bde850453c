# iacreview: ignore-file[IAC501, IAC801] an example of monitoring-env-gated alone; the other rules' examples show their settings
import os

from imports.aws.cloudwatch_log_group import CloudwatchLogGroup

environment = os.environ.get("ENVIRONMENT")
CloudwatchLogGroup(self, "audit", retention_in_days=365 if environment == "production" else 30)
