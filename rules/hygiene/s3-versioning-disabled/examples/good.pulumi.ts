// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC804] an example of s3-versioning-disabled alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketVersioning("data-versioning", { bucket: data.id, versioningConfiguration: { status: "Enabled" } });
