// iacreview: ignore-file[IAC501, IAC801] an example of invalid-value alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const role = new aws.iam.Role("worker", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
});
new aws.lambda.Function("worker", {
    role: role.arn,
    runtime: "nodejs22.x",
    handler: "index.handler",
    code: new aws.asset.FileArchive("./worker"),
    environment: {
        variables: {
            APP_REGION: aws.getRegionOutput().name,
            STAGE: "dev",
        },
    },
});
