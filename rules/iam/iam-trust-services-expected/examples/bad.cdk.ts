import * as iam from "aws-cdk-lib/aws-iam";

export const role = new iam.Role(this, "app-role", {
  // expect: IAC402
  assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
});
