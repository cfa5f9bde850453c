import * as aws from "@pulumi/aws";

// expect: IAC804
const data = new aws.s3.Bucket("data", {});
new aws.s3.BucketPolicy("data-policy", {
    bucket: data.id,
    policy: data.arn.apply(arn => JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "s3:GetObject", Resource: `${arn}/*` }],
    })),
});
