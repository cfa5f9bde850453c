import * as aws from "@pulumi/aws";

const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketVersioning("data-versioning", { bucket: data.id, versioningConfiguration: { status: "Enabled" } });
