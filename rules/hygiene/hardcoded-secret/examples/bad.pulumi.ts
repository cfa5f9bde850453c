import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

new aws.rds.Instance("db", {
    engine: "postgres",
    instanceClass: "db.t4g.micro",
    allocatedStorage: 20,
    username: "app",
    // expect: IAC805
    password: "Sup3rS3cret!",
});
new aws.lambda.Function("api", {
    runtime: "nodejs22.x",
    handler: "index.handler",
    role: "arn:aws:iam::123456789012:role/api",
    s3Bucket: "artifacts",
    s3Key: "api.zip",
    // expect: IAC805
    environment: { variables: { STRIPE_API_KEY: "sk_live_51H8abc", LOG_LEVEL: "info" } },
});
new aws.ssm.Parameter("webhook", {
    type: "SecureString",
    // expect: IAC805
    value: pulumi.secret("whsec_6f1e0a9d2c"),
});
