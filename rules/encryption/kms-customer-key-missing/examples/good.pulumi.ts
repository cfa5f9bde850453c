// iacreview: ignore-file[IAC105, IAC801, IAC802, IAC803, IAC804] an example of kms-customer-key-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("data-key", { enableKeyRotation: true });
const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketServerSideEncryptionConfiguration("data-encryption", {
    bucket: data.id,
    rules: [{
        applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn },
        bucketKeyEnabled: true,
    }],
});

export const bucketName = data.bucket;
export const keyArn = key.arn;
