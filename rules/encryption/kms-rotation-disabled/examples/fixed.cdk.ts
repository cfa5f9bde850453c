import * as kms from "aws-cdk-lib/aws-kms";

// CDK keys do not rotate unless asked to.
// expect: IAC104
export const key = new kms.Key(this, "DataKey", { alias: "alias/data", enableKeyRotation: true });
