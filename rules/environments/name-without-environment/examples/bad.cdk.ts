import * as lambda from "aws-cdk-lib/aws-lambda";

new lambda.Function(this, "Orders", {
  // expect: IAC701
  functionName: "orders-handler",
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset("orders"),
});
