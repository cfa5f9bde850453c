import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

// expect: IAC803
new S3Bucket(this, "data", { bucketPrefix: "data" });
