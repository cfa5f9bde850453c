import * as lambda from "aws-cdk-lib/aws-lambda";

new lambda.Function(this, "Api", {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset("api"),
  // expect: IAC805
  environment: { GITHUB_TOKEN: "ghp_abcdef1234567890" },
});
