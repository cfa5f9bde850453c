// iacreview: ignore-file[IAC501, IAC801] an example of name-without-environment alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";

new lambda.Function(this, "Orders", {
  functionName: `orders-handler-${cdk.Stack.of(this).stackName}`,
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset("orders"),
});
