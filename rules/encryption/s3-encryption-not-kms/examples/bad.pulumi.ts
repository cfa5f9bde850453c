import * as aws from "@pulumi/aws";

// expect: IAC101
const logs = new aws.s3.Bucket("logs", {});

const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketServerSideEncryptionConfiguration("data-encryption", {
    bucket: data.id,
    rules: [{
        applyServerSideEncryptionByDefault: {
            // expect: IAC101
            sseAlgorithm: "AES256",
        },
    }],
});

export const bucketNames = [logs.bucket, data.bucket];
