// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC803, IAC804] an example of s3-public-access-not-blocked alone; the other rules' examples show their settings
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";

const site = new S3Bucket(this, "site", { bucketPrefix: "site" });
new S3BucketPublicAccessBlock(this, "site-public-access", {
  bucket: site.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});
