import * as aws from "@pulumi/aws";

// expect: IAC105
export const keyArn = new aws.kms.Key("data", { enableKeyRotation: true }).arn;
