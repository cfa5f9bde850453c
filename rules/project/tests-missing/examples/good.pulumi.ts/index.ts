// iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC803, IAC804] an example of tests-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

export const bucketName = new aws.s3.Bucket("data", {}).bucket;
