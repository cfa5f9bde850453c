import pulumi
import pulumi_aws as aws

environment = pulumi.Config().require("environment")

alarm = (
    aws.cloudwatch.MetricAlarm("api-errors", comparison_operator="GreaterThanThreshold", evaluation_periods=1, threshold=5)
)
