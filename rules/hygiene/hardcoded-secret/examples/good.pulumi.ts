// iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-secret alone; the other rules' examples show their settings
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
new aws.rds.Instance("db", {
    engine: "postgres",
    instanceClass: "db.t4g.micro",
    allocatedStorage: 20,
    storageEncrypted: true,
    username: "app",
    manageMasterUserPassword: true,
});
const apiKey = new aws.secretsmanager.Secret("api-key", {});
new aws.lambda.Function("api", {
    runtime: "nodejs22.x",
    handler: "index.handler",
    role: "arn:aws:iam::123456789012:role/api",
    s3Bucket: "artifacts",
    s3Key: "api.zip",
    environment: { variables: { STRIPE_API_KEY_ARN: apiKey.arn, DB_PASSWORD: config.requireSecret("dbPassword") } },
});
