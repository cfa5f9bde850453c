// iacreview: ignore-file[IAC501, IAC801] an example of iam-passrole-missing alone; the other rules' examples show their settings
import * as iam from "aws-cdk-lib/aws-iam";

const etl = new iam.Role(this, "EtlRole", { assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com") });
const jobRole = new iam.Role(this, "JobRole", { assumedBy: new iam.ServicePrincipal("glue.amazonaws.com") });

etl.addToPolicy(
  new iam.PolicyStatement({
    actions: ["glue:CreateJob", "glue:StartJobRun"],
    resources: ["arn:aws:glue:us-east-1:123456789012:job/etl-*"],
  }),
);
jobRole.grantPassRole(etl);
