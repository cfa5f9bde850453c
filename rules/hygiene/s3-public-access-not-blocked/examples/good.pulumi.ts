// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC803, IAC804] an example of s3-public-access-not-blocked alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketPublicAccessBlock("data-pab", {
    bucket: data.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
