import * as kms from "aws-cdk-lib/aws-kms";

export const key = new kms.Key(this, "DataKey", { alias: "alias/data", enableKeyRotation: true });
