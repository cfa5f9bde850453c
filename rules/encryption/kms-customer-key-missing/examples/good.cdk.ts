// iacreview: ignore-file[IAC801, IAC802, IAC803, IAC804] an example of kms-customer-key-missing alone; the other rules' examples show their settings
import * as s3 from "aws-cdk-lib/aws-s3";

// KMS without an encryptionKey: CDK creates a customer-managed key for the bucket.
export const data = new s3.Bucket(this, "Data", { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true });
