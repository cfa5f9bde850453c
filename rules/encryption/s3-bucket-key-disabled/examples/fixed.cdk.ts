import * as kms from "aws-cdk-lib/aws-kms";
import * as s3 from "aws-cdk-lib/aws-s3";

const key = new kms.Key(this, "DataKey", { enableKeyRotation: true });
export const data = new s3.Bucket(this, "Data", {
  // expect: IAC102
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: key,
  bucketKeyEnabled: true,
});
