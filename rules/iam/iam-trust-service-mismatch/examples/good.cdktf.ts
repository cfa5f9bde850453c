// iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-service-mismatch alone; the other rules' examples show their settings
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";

const trust = new DataAwsIamPolicyDocument(this, "trust", {
  statement: [{ actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["ec2.amazonaws.com"] }] }],
});
const role = new IamRole(this, "web", { assumeRolePolicy: trust.json });
new IamInstanceProfile(this, "web-profile", { role: role.name });
