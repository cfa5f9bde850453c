import * as aws from "@pulumi/aws";

// expect: IAC803
const data = new aws.s3.Bucket("data", {});
// expect: IAC803
const logs = new aws.s3.Bucket("logs", {});
new aws.s3.BucketVersioning("logs-versioning", { bucket: logs.id, versioningConfiguration: { status: "Suspended" } });
