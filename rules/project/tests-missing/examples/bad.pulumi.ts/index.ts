import * as aws from "@pulumi/aws";

export const bucketName = new aws.s3.Bucket("data", {}).bucket;
