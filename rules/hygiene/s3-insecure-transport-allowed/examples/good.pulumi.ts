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
