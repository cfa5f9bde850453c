import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";

const key = new KmsKey(this, "data-key", { enableKeyRotation: true });
const bucket = new S3Bucket(this, "data", { bucketPrefix: "data" });
new S3BucketServerSideEncryptionConfigurationA(this, "data-encryption", {
  bucket: bucket.id,
  // expect: IAC101
  rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } }],
});
