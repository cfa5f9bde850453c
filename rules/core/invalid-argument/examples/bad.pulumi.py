import pulumi
import pulumi_aws as aws

api = aws.apigateway.RestApi("api")
resource = aws.apigateway.Resource(
    "items",
    # expect: IAC010
    rest_api_id=api.id,
    parent_id=api.root_resource_id,
    path_part="items",
)
alarm = aws.cloudwatch.MetricAlarm(
    "errors",
    # the alarm's name is `name` in Pulumi (`alarm_name` is Terraform's)
    # expect: IAC010
    alarm_name="api-errors",
    comparison_operator="GreaterThanThreshold",
    evaluation_periods=1,
    metric_name="5XXError",
    namespace="AWS/ApiGateway",
    period=300,
    statistic="Sum",
    threshold=1,
)
pulumi.export("alarm", alarm.arn)
