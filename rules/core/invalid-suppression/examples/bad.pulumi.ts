import * as aws from "@pulumi/aws";

const key = new aws.kms.Key("key", { enableKeyRotation: true });
// expect: IAC001
// iacreview: ignore[IAC101]
const logs = new aws.s3.Bucket("logs", {});
// expect: IAC001
// iacreview: ignore[IAC103] the key above protects this bucket
const data = new aws.s3.Bucket("data", {});
// expect: IAC001
const other = new aws.sns.Topic("t", {}); // iacreview: ignore[IAC999] no such rule

export const names = [logs.bucket, data.bucket, key.arn, other.arn];
