import * as aws from "@pulumi/aws";

// expect: IAC302
export const appLogs = new aws.cloudwatch.LogGroup("app", { retentionInDays: 30 }).name;
