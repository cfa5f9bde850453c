import * as kms from "aws-cdk-lib/aws-kms";
import * as s3 from "aws-cdk-lib/aws-s3";

const auditKey = new kms.Key(this, "AuditKey", { enableKeyRotation: true });
export const data = new s3.Bucket(this, "Data", {
  // KMS_MANAGED is the AWS-managed key aws/s3
  // expect: IAC103
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: auditKey,
});
