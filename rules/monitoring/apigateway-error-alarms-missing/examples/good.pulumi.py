# iacreview: ignore-file[IAC501, IAC801] an example of apigateway-error-alarms-missing alone; the other rules' examples show their settings
import pulumi_aws as aws

api = aws.apigatewayv2.Api("orders", protocol_type="HTTP")

for code in ("4xx", "5xx"):
    aws.cloudwatch.MetricAlarm(
        f"orders-{code}",
        namespace="AWS/ApiGateway",
        metric_name=code,
        dimensions={"ApiId": api.id},
        statistic="Sum",
        period=60,
        evaluation_periods=1,
        threshold=1,
        comparison_operator="GreaterThanOrEqualToThreshold",
    )
