import * as iam from "aws-cdk-lib/aws-iam";

export const role = new iam.Role(this, "Shared", {
  // expect: IAC403
  assumedBy: new iam.AnyPrincipal(),
});
