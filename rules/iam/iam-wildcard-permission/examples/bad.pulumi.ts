import * as aws from "@pulumi/aws";

new aws.iam.Policy("lambda", {
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            // expect: IAC404
            { Effect: "Allow", Action: ["s3:*", "dynamodb:GetItem"], Resource: "*" },
            // expect: IAC404
            { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "*" },
        ],
    }),
});
