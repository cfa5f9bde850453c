// iacreview: ignore-file[IAC501, IAC801] an example of lambda-permission-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const role = new aws.iam.Role("handler", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
});
const handler = new aws.lambda.Function("handler", {
    role: role.arn,
    runtime: "nodejs22.x",
    handler: "index.handler",
    code: new pulumi.asset.FileArchive("./handler"),
});
const nightly = new aws.cloudwatch.EventRule("nightly", { scheduleExpression: "rate(1 day)" });
new aws.lambda.Permission("nightly-handler-invoke", {
    action: "lambda:InvokeFunction",
    function: handler.name,
    principal: "events.amazonaws.com",
    sourceArn: nightly.arn,
});
new aws.cloudwatch.EventTarget("nightly", {
    rule: nightly.name,
    // expect: IAC405
    arn: handler.arn,
});
