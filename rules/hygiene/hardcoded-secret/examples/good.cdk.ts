// iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-secret alone; the other rules' examples show their settings
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";

const token = new secretsmanager.Secret(this, "GithubToken");
new lambda.Function(this, "Api", {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset("api"),
  environment: { GITHUB_TOKEN_ARN: token.secretArn },
});
