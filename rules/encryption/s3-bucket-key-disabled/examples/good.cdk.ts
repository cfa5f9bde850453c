// iacreview: ignore-file[IAC105, IAC501, IAC801, IAC802, IAC803, IAC804] an example of s3-bucket-key-disabled alone; the other rules' examples show their settings
import * as kms from "aws-cdk-lib/aws-kms";
import * as s3 from "aws-cdk-lib/aws-s3";

const key = new kms.Key(this, "DataKey", { enableKeyRotation: true });
export const data = new s3.Bucket(this, "Data", {
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: key,
  bucketKeyEnabled: true,
});
