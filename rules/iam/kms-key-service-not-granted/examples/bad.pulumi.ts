// iacreview: ignore-file[IAC105, IAC501, IAC801] an example of kms-key-service-not-granted alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const logsKey = new aws.kms.Key("logs", { enableKeyRotation: true });
new aws.cloudwatch.LogGroup("app", {
    retentionInDays: 30,
    // expect: IAC406
    kmsKeyId: logsKey.arn,
});
