import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";

const trust = new DataAwsIamPolicyDocument(this, "trust", {
  // expect: IAC401
  statement: [{ actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["lambda.amazonaws.com", "ec2.amazonaws.com"] }] }],
});
const role = new IamRole(this, "web", { assumeRolePolicy: trust.json });
new IamInstanceProfile(this, "web-profile", { role: role.name });
