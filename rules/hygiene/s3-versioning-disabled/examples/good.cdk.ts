// iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC804] an example of s3-versioning-disabled alone; the other rules' examples show their settings
import * as s3 from "aws-cdk-lib/aws-s3";

export const data = new s3.Bucket(this, "Data", { versioned: true });
