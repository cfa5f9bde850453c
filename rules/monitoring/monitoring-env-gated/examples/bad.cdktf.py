import os

from imports.aws.cloudwatch_log_group import CloudwatchLogGroup

environment = os.environ.get("ENVIRONMENT")
# expect: IAC301
if environment == "production":
    CloudwatchLogGroup(self, "audit", retention_in_days=365)
