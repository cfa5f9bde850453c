import * as iam from "aws-cdk-lib/aws-iam";

const role = new iam.Role(this, "Deployer", { assumedBy: new iam.ServicePrincipal("codebuild.amazonaws.com") });
role.addToPolicy(new iam.PolicyStatement({
  // expect: IAC404
  actions: ["ecr:*"],
  resources: ["*"],
}));
