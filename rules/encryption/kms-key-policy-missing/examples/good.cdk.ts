// iacreview: ignore-file[IAC801] an example of kms-key-policy-missing alone; the other rules' examples show their settings
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";

export const key = new kms.Key(this, "DataKey", {
  enableKeyRotation: true,
  policy: new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ["kms:*"], resources: ["*"] })],
  }),
});
