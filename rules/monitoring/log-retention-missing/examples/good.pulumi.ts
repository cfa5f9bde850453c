// iacreview: ignore-file[IAC801] an example of log-retention-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

export const appLogs = new aws.cloudwatch.LogGroup("app", { retentionInDays: 90 }).name;
