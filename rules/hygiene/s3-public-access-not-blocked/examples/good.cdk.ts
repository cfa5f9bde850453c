// iacreview: ignore-file[IAC101, IAC103, IAC801, IAC803, IAC804] an example of s3-public-access-not-blocked alone; the other rules' examples show their settings
import * as s3 from "aws-cdk-lib/aws-s3";

export const site = new s3.Bucket(this, "Site", { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
