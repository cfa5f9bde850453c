import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";

new lambda.Function(this, "Worker", {
  // expect: IAC201
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset("worker"),
  // expect: IAC201
  logRetention: logs.RetentionDays.ONE_WEEK,
});
new dynamodb.Table(this, "Orders", {
  partitionKey: { name: "id", type: dynamodb.AttributeType.STRING },
  // expect: IAC201
  pointInTimeRecovery: true,
});
