// iacreview: ignore-file[IAC501, IAC801] an example of apigateway-error-alarms-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

// expect: IAC305
const api = new aws.apigateway.RestApi("orders", {});

// a dashboard shows the errors; nobody is told about them
new aws.cloudwatch.Dashboard("orders", {
  dashboardName: "orders",
  dashboardBody: JSON.stringify({
    widgets: [{ type: "metric", properties: { metrics: [["AWS/ApiGateway", "5XXError", "ApiName", "orders"]] } }],
  }),
});
