// iacreview: ignore-file[IAC501, IAC801] an example of kms-key-service-not-granted alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const current = aws.getCallerIdentityOutput();
const region = aws.getRegionOutput();
const logsKey = new aws.kms.Key("logs", {
    enableKeyRotation: true,
    policy: aws.iam.getPolicyDocumentOutput({
        statements: [
            {
                principals: [{ type: "AWS", identifiers: [current.apply((c) => `arn:aws:iam::${c.accountId}:root`)] }],
                actions: ["kms:*"],
                resources: ["*"],
            },
            {
                principals: [{ type: "Service", identifiers: [region.apply((r) => `logs.${r.name}.amazonaws.com`)] }],
                actions: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                resources: ["*"],
            },
        ],
    }).json,
});
new aws.cloudwatch.LogGroup("app", {
    retentionInDays: 30,
    kmsKeyId: logsKey.arn,
});
