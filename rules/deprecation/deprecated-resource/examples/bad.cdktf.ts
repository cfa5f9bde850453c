import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketObject } from "@cdktf/provider-aws/lib/s3-bucket-object";

const bucket = new S3Bucket(this, "data", { bucketPrefix: "data" });
// expect: IAC201
new S3BucketObject(this, "config", { bucket: bucket.id, key: "config.json" });
