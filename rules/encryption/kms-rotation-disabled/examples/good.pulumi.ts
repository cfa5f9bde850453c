// iacreview: ignore-file[IAC105, IAC801] an example of kms-rotation-disabled alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

export const data = new aws.kms.Key("data", { enableKeyRotation: true, rotationPeriodInDays: 180 }).arn;
// Asymmetric keys cannot rotate automatically.
export const signing = new aws.kms.Key("signing", { customerMasterKeySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" }).arn;
