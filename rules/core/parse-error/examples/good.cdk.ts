// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC804] an example of parse-error alone; the other rules' examples show their settings
import * as s3 from "aws-cdk-lib/aws-s3";

const bucket = new s3.Bucket(this, "Data", { versioned: true });
