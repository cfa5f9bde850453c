import * as aws from "@pulumi/aws";

const prefix = "acme";
// expect: IAC701
new aws.s3.Bucket("data", { bucket: "acme-app-data" });
// expect: IAC701
new aws.sqs.Queue("jobs", { name: `${prefix}-jobs` });
