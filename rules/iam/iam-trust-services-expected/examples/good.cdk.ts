import * as iam from "aws-cdk-lib/aws-iam";

export const role = new iam.Role(this, "app-role", {
  assumedBy: new iam.CompositePrincipal(
    new iam.ServicePrincipal("lambda.amazonaws.com"),
    new iam.ServicePrincipal("ec2.amazonaws.com"),
  ),
});
