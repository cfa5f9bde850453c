import pulumi_aws as aws

# expect: IAC302
logs = aws.cloudwatch.LogGroup("app", name="/app/api", retention_in_days=30)
