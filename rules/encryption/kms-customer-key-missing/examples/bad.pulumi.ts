import * as aws from "@pulumi/aws";

// expect: IAC103
const data = new aws.s3.Bucket("data", {
    serverSideEncryptionConfiguration: {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } },
    },
});

export const bucketName = data.bucket;
