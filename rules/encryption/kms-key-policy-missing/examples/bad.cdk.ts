import * as kms from "aws-cdk-lib/aws-kms";

// expect: IAC105
export const key = new kms.Key(this, "DataKey", { enableKeyRotation: true });
