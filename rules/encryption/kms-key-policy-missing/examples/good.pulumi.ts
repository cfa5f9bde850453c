// iacreview: ignore-file[IAC801] an example of kms-key-policy-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const current = aws.getCallerIdentityOutput();
const key = new aws.kms.Key("data", { enableKeyRotation: true });
new aws.kms.KeyPolicy("data-policy", {
    keyId: key.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Sid: "Admin", Effect: "Allow", Principal: { AWS: current.arn }, Action: "kms:*", Resource: "*" }],
    }),
});
export const keyArn = key.arn;
