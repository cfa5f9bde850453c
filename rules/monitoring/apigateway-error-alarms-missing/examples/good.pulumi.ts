// iacreview: ignore-file[IAC501, IAC801] an example of apigateway-error-alarms-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const api = new aws.apigateway.RestApi("orders", {});

new aws.cloudwatch.MetricAlarm("orders-5xx", {
  namespace: "AWS/ApiGateway",
  metricName: "5XXError",
  dimensions: { ApiName: api.name },
  statistic: "Sum",
  period: 60,
  evaluationPeriods: 1,
  threshold: 1,
  comparisonOperator: "GreaterThanOrEqualToThreshold",
});
