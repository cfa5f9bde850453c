// iacreview: ignore-file[IAC801, IAC802, IAC803, IAC804] an example of invalid-suppression alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

// iacreview: ignore[IAC101,IAC103] receives S3 server access logs, which require SSE-S3
const logs = new aws.s3.Bucket("logs", {});

export const logsBucket = logs.bucket;
