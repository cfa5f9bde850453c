// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of deprecated-resource alone; the other rules' examples show their settings
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";

const bucket = new S3Bucket(this, "data", { bucketPrefix: "data" });
new S3Object(this, "config", { bucket: bucket.id, key: "config.json" });
