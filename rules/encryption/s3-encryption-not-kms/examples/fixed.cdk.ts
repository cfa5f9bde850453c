import * as kms from "aws-cdk-lib/aws-kms";
import * as s3 from "aws-cdk-lib/aws-s3";

// A bucket without `encryption` gets SSE-S3.
// expect: IAC101
export const logs = new s3.Bucket(this, "Logs", {});
const key = new kms.Key(this, "DataKey", { enableKeyRotation: true });
export const data = new s3.Bucket(this, "Data", {
  // expect: IAC101
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: key,
});
