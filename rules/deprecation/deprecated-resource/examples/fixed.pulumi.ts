import * as aws from "@pulumi/aws";

// expect: IAC201
const bucket = new aws.s3.Bucket("data", {});
// expect: IAC201
new aws.s3.BucketVersioning("data-versioning", {
    bucket: bucket.id,
    versioningConfiguration: { status: "Enabled" },
});
new aws.s3.Bucket("legacy", {
    // expect: IAC201
    versioning: { enabled: true },
});
new aws.lambda.Function("worker", {
    // expect: IAC201
    runtime: aws.lambda.Runtime.NodeJS22dX,
    handler: "index.handler",
    role: "arn:aws:iam::123456789012:role/worker",
    code: new aws.s3.BucketObject("code", { bucket: bucket.id, key: "code.zip" }).key,
});
