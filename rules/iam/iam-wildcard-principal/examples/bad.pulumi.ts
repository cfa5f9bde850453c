import * as aws from "@pulumi/aws";

const fn = new aws.lambda.Function("api", { runtime: "nodejs22.x", handler: "index.handler", role: "arn:aws:iam::123456789012:role/api", s3Bucket: "a", s3Key: "b" });
new aws.lambda.Permission("public", {
    action: "lambda:InvokeFunction",
    function: fn.name,
    // expect: IAC403
    principal: "*",
});
const topic = new aws.sns.Topic("events", {});
new aws.sns.TopicPolicy("events-policy", {
    arn: topic.arn,
    policy: JSON.stringify({
        Version: "2012-10-17",
        // expect: IAC403
        Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sns:Publish", Resource: "*" }],
    }),
});
