// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC804] an example of deprecated-resource alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const bucket = new aws.s3.Bucket("data", {});
new aws.s3.BucketVersioning("data-versioning", {
    bucket: bucket.id,
    versioningConfiguration: { status: "Enabled" },
});
new aws.lambda.Function("worker", {
    runtime: aws.lambda.Runtime.NodeJS22dX,
    handler: "index.handler",
    role: "arn:aws:iam::123456789012:role/worker",
    s3Bucket: bucket.bucket,
    s3Key: "code.zip",
});
