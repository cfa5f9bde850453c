import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("key", { enableKeyRotation: true });
const bucket = new aws.s3.Bucket("data", {});
new aws.s3.BucketServerSideEncryptionConfiguration("data-encryption", {
    bucket: bucket.id,
    rules: [{
        // expect: IAC102
        applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn },
        bucketKeyEnabled: true,
    }],
});
