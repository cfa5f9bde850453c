import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

// expect: IAC802
new S3Bucket(this, "site", { bucketPrefix: "site" });
