import * as aws from "@pulumi/aws";

// expect: IAC303
const errorAlarm = new aws.cloudwatch.MetricAlarm("error-alarm", {
    metricName: "Errors",
    namespace: "AWS/Lambda",
    statistic: "Sum",
    period: 300,
    evaluationPeriods: 1,
    threshold: 1,
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    alarmActions: [],
});
