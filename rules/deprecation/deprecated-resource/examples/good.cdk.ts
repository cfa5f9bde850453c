// iacreview: ignore-file[IAC501, IAC801] an example of deprecated-resource alone; the other rules' examples show their settings
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";

const logGroup = new logs.LogGroup(this, "WorkerLogs", { retention: logs.RetentionDays.ONE_WEEK });
new lambda.Function(this, "Worker", {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset("worker"),
  logGroup,
});
new dynamodb.Table(this, "Orders", {
  partitionKey: { name: "id", type: dynamodb.AttributeType.STRING },
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
});
