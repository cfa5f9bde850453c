// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC804] an example of s3-versioning-disabled alone; the other rules' examples show their settings
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";

const bucket = new S3Bucket(this, "data", { bucketPrefix: "data" });
new S3BucketVersioningA(this, "data-versioning", {
  bucket: bucket.id,
  versioningConfiguration: { status: "Enabled" },
});
