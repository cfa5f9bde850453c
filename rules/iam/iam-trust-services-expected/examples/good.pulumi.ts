// iacreview: ignore-file[IAC801] an example of iam-trust-services-expected alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

export const role = new aws.iam.Role("app-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Action: "sts:AssumeRole",
            Principal: { Service: ["lambda.amazonaws.com", "ec2.amazonaws.com"] },
        }],
    }),
}).arn;

// Roles the configuration says nothing about are not judged.
export const other = new aws.iam.Role("batch-role", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "batch.amazonaws.com" }),
}).arn;
