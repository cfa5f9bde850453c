import * as aws from "@pulumi/aws";

export const appLogs = new aws.cloudwatch.LogGroup("app", { retentionInDays: 90 }).name;
