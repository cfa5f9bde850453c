import * as aws from "@pulumi/aws";

// expect: IAC802
const logs = new aws.s3.Bucket("logs", {});
const data = new aws.s3.Bucket("data", {});
// expect: IAC802
new aws.s3.BucketPublicAccessBlock("data-pab", {
    bucket: data.id,
    blockPublicAcls: true,
    blockPublicPolicy: false,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
