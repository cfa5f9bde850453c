// iacreview: ignore-file[IAC801] an example of iam-trust-services-expected alone; the other rules' examples show their settings
import * as iam from "aws-cdk-lib/aws-iam";

export const role = new iam.Role(this, "app-role", {
  assumedBy: new iam.CompositePrincipal(
    new iam.ServicePrincipal("lambda.amazonaws.com"),
    new iam.ServicePrincipal("ec2.amazonaws.com"),
  ),
});
