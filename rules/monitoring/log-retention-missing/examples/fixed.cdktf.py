from imports.aws.cloudwatch_log_group import CloudwatchLogGroup

# expect: IAC302
logs = CloudwatchLogGroup(self, "app", name="/app/api", retention_in_days=30)
