// iacreview: ignore-file[IAC501, IAC801] an example of apigateway-error-alarms-missing alone; the other rules' examples show their settings
import * as apigateway from "aws-cdk-lib/aws-apigateway";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";

const api = new apigateway.RestApi(this, "Orders", { cloudWatchRole: true });

new cloudwatch.Alarm(this, "OrdersServerErrors", {
  metric: api.metricServerError(),
  threshold: 1,
  evaluationPeriods: 1,
});
