import * as aws from "@pulumi/aws";

export const role = new aws.iam.Role("app-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Action: "sts:AssumeRole",
            // expect: IAC402
            Principal: { Service: "ec2.amazonaws.com" },
        }],
    }),
}).arn;
