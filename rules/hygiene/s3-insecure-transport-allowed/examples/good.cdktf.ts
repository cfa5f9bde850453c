// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803] an example of s3-insecure-transport-allowed alone; the other rules' examples show their settings
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";

const data = new S3Bucket(this, "data", { bucketPrefix: "data" });
new S3BucketPolicy(this, "data-tls-only", {
  bucket: data.id,
  policy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [data.arn, `${data.arn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  }),
});
