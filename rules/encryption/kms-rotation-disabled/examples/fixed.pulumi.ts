import * as aws from "@pulumi/aws";

// expect: IAC104
export const defaultOff = new aws.kms.Key("data", { description: "data", enableKeyRotation: true }).arn;
// expect: IAC104
export const turnedOff = new aws.kms.Key("logs", { enableKeyRotation: true }).arn;
