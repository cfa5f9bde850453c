# iacreview: ignore-file[IAC501, IAC801] an example of apigateway-error-alarms-missing alone; the other rules' examples show their settings
import pulumi_aws as aws

# expect: IAC305
api = aws.apigatewayv2.Api("orders", protocol_type="HTTP")

aws.cloudwatch.MetricAlarm(
    "orders-latency",
    namespace="AWS/ApiGateway",
    metric_name="Latency",
    dimensions={"ApiId": api.id},
    statistic="Average",
    period=60,
    evaluation_periods=5,
    threshold=1000,
    comparison_operator="GreaterThanThreshold",
)
