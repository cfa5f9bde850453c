// iacreview: ignore-file[IAC501, IAC801] an example of alarm-without-actions alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const alerts = new aws.sns.Topic("alerts");

const errorAlarm = new aws.cloudwatch.MetricAlarm("error-alarm", {
    metricName: "Errors",
    namespace: "AWS/Lambda",
    statistic: "Sum",
    period: 300,
    evaluationPeriods: 1,
    threshold: 1,
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    alarmActions: [alerts.arn],
});
