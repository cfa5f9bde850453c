// iacreview: ignore-file[IAC105, IAC501, IAC801, IAC802, IAC803, IAC804] an example of s3-bucket-key-disabled alone; the other rules' examples show their settings
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";

const key = new KmsKey(this, "data-key", { enableKeyRotation: true });
const bucket = new S3Bucket(this, "data", { bucketPrefix: "data" });
new S3BucketServerSideEncryptionConfigurationA(this, "data-encryption", {
  bucket: bucket.id,
  rule: [
    {
      applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn },
      bucketKeyEnabled: true,
    },
  ],
});
