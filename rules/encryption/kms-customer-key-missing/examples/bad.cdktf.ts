import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

// expect: IAC103
new S3Bucket(this, "data", { bucketPrefix: "data" });
