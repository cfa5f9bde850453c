// iacreview: ignore-file[IAC404, IAC501, IAC801] an example of iam-wildcard-principal alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const fn = new aws.lambda.Function("api", { runtime: "nodejs22.x", handler: "index.handler", role: "arn:aws:iam::123456789012:role/api", s3Bucket: "a", s3Key: "b" });
new aws.lambda.Permission("from-api-gateway", {
    action: "lambda:InvokeFunction",
    function: fn.name,
    principal: "apigateway.amazonaws.com",
    sourceArn: "arn:aws:execute-api:us-east-1:123456789012:abc123/*",
});
const topic = new aws.sns.Topic("events", {});
new aws.sns.TopicPolicy("events-policy", {
    arn: topic.arn,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "sns:Publish",
            Resource: "*",
            Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
        }],
    }),
});
