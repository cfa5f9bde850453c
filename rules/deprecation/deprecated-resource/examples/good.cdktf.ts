import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";

const bucket = new S3Bucket(this, "data", { bucketPrefix: "data" });
new S3Object(this, "config", { bucket: bucket.id, key: "config.json" });
