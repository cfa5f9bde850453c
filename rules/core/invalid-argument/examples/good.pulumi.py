import pulumi
import pulumi_aws as aws

api = aws.apigateway.RestApi("api")
resource = aws.apigateway.Resource(
    "items",
    rest_api=api.id,
    parent_id=api.root_resource_id,
    path_part="items",
)
alarm = aws.cloudwatch.MetricAlarm(
    "errors",
    name="api-errors",
    comparison_operator="GreaterThanThreshold",
    evaluation_periods=1,
    metric_name="5XXError",
    namespace="AWS/ApiGateway",
    period=300,
    statistic="Sum",
    threshold=1,
    tags={"Team": "platform"},
    opts=pulumi.ResourceOptions(depends_on=[resource]),
)
pulumi.export("alarm", alarm.arn)
