import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const dataKey = new aws.kms.Key("data-key", {
    description: "Application data key",
    enableKeyRotation: true,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AccountAdmin",
                Effect: "Allow",
                Principal: { AWS: pulumi.interpolate`arn:aws:iam::${aws.getCallerIdentityOutput().accountId}:root` },
                Action: "kms:*",
                Resource: "*",
            },
            {
                Sid: "ServicesUse",
                Effect: "Allow",
                Principal: { Service: ["s3.amazonaws.com", "logs.amazonaws.com"] },
                Action: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"],
                Resource: "*",
            },
        ],
    }),
});

// expect: IAC101
const logs = new aws.s3.Bucket("logs", {});

const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketServerSideEncryptionConfiguration("data-encryption", {
    bucket: data.id,
    rules: [{
        applyServerSideEncryptionByDefault: {
            // expect: IAC101
            sseAlgorithm: "aws:kms",
            kmsMasterKeyId: dataKey.arn,
        },
    }],
});

export const bucketNames = [logs.bucket, data.bucket];
