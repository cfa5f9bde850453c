// iacreview: ignore-file[IAC105, IAC501, IAC801, IAC802, IAC803, IAC804] an example of s3-bucket-key-disabled alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("key", { enableKeyRotation: true });
const bucket = new aws.s3.Bucket("data", {});
new aws.s3.BucketServerSideEncryptionConfiguration("data-encryption", {
    bucket: bucket.id,
    rules: [{
        applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn },
        bucketKeyEnabled: true,
    }],
});
