// The iacreview reference compliant stack: a customer-managed KMS key, a secure S3 bucket, an IAM
// role whose trust matches its users, monitoring in every environment, and outputs for everything.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const environmentSuffix = config.get("environmentSuffix") || "dev";
const tags = { Environment: environmentSuffix, Project: "app" };

class KMSKey extends pulumi.ComponentResource {
    public readonly key: aws.kms.Key;
    public readonly alias: aws.kms.Alias;

    constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
        super("app:security:KMSKey", name, {}, opts);
        const current = aws.getCallerIdentityOutput();
        this.key = new aws.kms.Key(`${name}-key`, {
            description: "Application data key",
            enableKeyRotation: true,
            policy: pulumi.jsonStringify({
                Version: "2012-10-17",
                Statement: [
                    {
                        Sid: "AccountAdmin",
                        Effect: "Allow",
                        Principal: { AWS: pulumi.interpolate`arn:aws:iam::${current.accountId}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "ServicesUse",
                        Effect: "Allow",
                        Principal: { Service: ["s3.amazonaws.com", "logs.amazonaws.com"] },
                        Action: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"],
                        Resource: "*",
                    },
                ],
            }),
            tags,
        }, { parent: this });
        this.alias = new aws.kms.Alias(`${name}-alias`, {
            name: `alias/app-data-${environmentSuffix}`,
            targetKeyId: this.key.keyId,
        }, { parent: this });
        this.registerOutputs({ keyArn: this.key.arn });
    }
}

class SecureS3Bucket extends pulumi.ComponentResource {
    public readonly bucket: aws.s3.Bucket;

    constructor(name: string, args: { kmsKey: aws.kms.Key }, opts?: pulumi.ComponentResourceOptions) {
        super("app:storage:SecureS3Bucket", name, {}, opts);
        this.bucket = new aws.s3.Bucket(`${name}-${environmentSuffix}`, { tags }, { parent: this });
        new aws.s3.BucketVersioning(`${name}-versioning`, {
            bucket: this.bucket.id,
            versioningConfiguration: { status: "Enabled" },
        }, { parent: this });
        new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-encryption`, {
            bucket: this.bucket.id,
            rules: [{
                applyServerSideEncryptionByDefault: {
                    sseAlgorithm: "aws:kms",
                    kmsMasterKeyId: args.kmsKey.arn,
                },
                bucketKeyEnabled: true,
            }],
        }, { parent: this });
        new aws.s3.BucketPublicAccessBlock(`${name}-pab`, {
            bucket: this.bucket.id,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        }, { parent: this });
        new aws.s3.BucketPolicy(`${name}-tls-only`, {
            bucket: this.bucket.id,
            policy: pulumi.jsonStringify({
                Version: "2012-10-17",
                Statement: [{
                    Sid: "DenyInsecureTransport",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "s3:*",
                    Resource: [this.bucket.arn, pulumi.interpolate`${this.bucket.arn}/*`],
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                }],
            }),
        }, { parent: this });
        this.registerOutputs({ bucketName: this.bucket.bucket });
    }
}

class IAMRole extends pulumi.ComponentResource {
    public readonly role: aws.iam.Role;

    constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
        super("app:security:IAMRole", name, {}, opts);
        this.role = new aws.iam.Role(`${name}-${environmentSuffix}`, {
            assumeRolePolicy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [{
                    Action: "sts:AssumeRole",
                    Effect: "Allow",
                    Principal: { Service: ["ec2.amazonaws.com", "lambda.amazonaws.com"] },
                }],
            }),
            tags,
        }, { parent: this });
        this.registerOutputs({ roleArn: this.role.arn });
    }
}

class CloudWatchMonitoring extends pulumi.ComponentResource {
    public readonly logGroup: aws.cloudwatch.LogGroup;
    public readonly errorAlarm: aws.cloudwatch.MetricAlarm;

    constructor(name: string, args: { functionName: pulumi.Input<string>; kmsKey: aws.kms.Key }, opts?: pulumi.ComponentResourceOptions) {
        super("app:monitoring:CloudWatchMonitoring", name, {}, opts);
        this.logGroup = new aws.cloudwatch.LogGroup(`${name}-logs-${environmentSuffix}`, {
            retentionInDays: environmentSuffix === "production" ? 365 : 30,
            kmsKeyId: args.kmsKey.arn,
            tags,
        }, { parent: this });
        this.errorAlarm = new aws.cloudwatch.MetricAlarm(`${name}-errors-${environmentSuffix}`, {
            comparisonOperator: "GreaterThanThreshold",
            evaluationPeriods: 1,
            metricName: "Errors",
            namespace: "AWS/Lambda",
            period: 300,
            statistic: "Sum",
            threshold: 1,
            dimensions: { FunctionName: args.functionName },
            tags,
        }, { parent: this });
        this.registerOutputs({ alarmName: this.errorAlarm.name });
    }
}

const kms = new KMSKey("app-data");
const storage = new SecureS3Bucket("app-data", { kmsKey: kms.key });
const appRole = new IAMRole("app-role");
const processor = new aws.lambda.Function(`processor-${environmentSuffix}`, {
    runtime: "nodejs22.x",
    handler: "index.handler",
    role: appRole.role.arn,
    code: new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset("exports.handler = async () => {};") }),
    tags,
});
const monitoring = new CloudWatchMonitoring("app", { functionName: processor.name, kmsKey: kms.key });

export const bucketName = storage.bucket.bucket;
export const bucketArn = storage.bucket.arn;
export const kmsKeyArn = kms.key.arn;
export const kmsKeyId = kms.key.keyId;
export const iamRoleArn = appRole.role.arn;
export const functionName = processor.name;
export const logGroupName = monitoring.logGroup.name;
export const errorAlarmName = monitoring.errorAlarm.name;
