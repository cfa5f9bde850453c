import * as s3 from "aws-cdk-lib/aws-s3";

// KMS without an encryptionKey: CDK creates a customer-managed key for the bucket.
export const data = new s3.Bucket(this, "Data", { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true });
