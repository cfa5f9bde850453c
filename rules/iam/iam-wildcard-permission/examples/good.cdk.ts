// iacreview: ignore-file[IAC501, IAC801] an example of iam-wildcard-permission alone; the other rules' examples show their settings
import * as iam from "aws-cdk-lib/aws-iam";

const role = new iam.Role(this, "Deployer", { assumedBy: new iam.ServicePrincipal("codebuild.amazonaws.com") });
role.addToPolicy(new iam.PolicyStatement({
  actions: ["ecr:GetAuthorizationToken"],
  resources: ["*"],
}));
