// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC802, IAC803, IAC804] an example of parse-error alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const bucket = new aws.s3.Bucket("data", {
    tags: { Owner: "platform" },
});
