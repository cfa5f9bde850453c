// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803] an example of s3-insecure-transport-allowed alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketPolicy("data-tls-only", {
    bucket: data.id,
    policy: data.arn.apply(arn => JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [arn, `${arn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
        }],
    })),
});
