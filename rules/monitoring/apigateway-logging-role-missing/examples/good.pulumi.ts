// iacreview: ignore-file[IAC501, IAC801] an example of apigateway-logging-role-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const logsRole = new aws.iam.Role("apigateway-logs", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "apigateway.amazonaws.com" }),
    managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"],
});
new aws.apigateway.Account("account", { cloudwatchRoleArn: logsRole.arn });
const api = new aws.apigateway.RestApi("orders", {});
const deployment = new aws.apigateway.Deployment("orders", { restApi: api.id });
const logs = new aws.cloudwatch.LogGroup("orders-access", { retentionInDays: 30 });
new aws.apigateway.Stage("prod", {
    restApi: api.id,
    deployment: deployment.id,
    stageName: "prod",
    accessLogSettings: { destinationArn: logs.arn, format: "$context.requestId $context.status" },
});
