from aws_cdk import aws_logs as logs

logs.LogGroup(
    self,
    "AppLogs",
    # expect: IAC302
    retention=logs.RetentionDays.ONE_MONTH,
)
