// iacreview: ignore-file[IAC105, IAC801] an example of kms-rotation-disabled alone; the other rules' examples show their settings
import * as kms from "aws-cdk-lib/aws-kms";

export const key = new kms.Key(this, "DataKey", { alias: "alias/data", enableKeyRotation: true });
