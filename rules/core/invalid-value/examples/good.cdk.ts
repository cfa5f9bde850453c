// iacreview: ignore-file[IAC501, IAC801] an example of invalid-value alone; the other rules' examples show their settings
import * as lambda from "aws-cdk-lib/aws-lambda";

new lambda.Function(this, "Worker", {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset("worker"),
  environment: {
    STAGE: "dev",
  },
});

new lambda.Function(this, "Cleanup", {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromInline("exports.handler = async () => ({ statusCode: 200 });"),
});
