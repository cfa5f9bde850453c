import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";

// expect: IAC103
new S3Bucket(this, "data", { bucketPrefix: "data" });

// Reports, encrypted with keys AWS owns.
// expect: IAC103
const reports = new S3Bucket(this, "reports", { bucketPrefix: "reports" });
new S3BucketServerSideEncryptionConfigurationA(this, "reports-encryption", {
  bucket: reports.id,
  rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});
