// iacreview: ignore-file[IAC501, IAC801] an example of monitoring-env-gated alone; the other rules' examples show their settings
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stage = pulumi.getStack();
const config = new pulumi.Config();

// Every environment is monitored; only the retention differs.
new aws.cloudwatch.LogGroup("api-logs", { retentionInDays: stage === "prod" ? 365 : 14 });

if (stage === "prod") {
    new aws.cloudwatch.MetricAlarm("api-errors", { comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 1, threshold: 5 });
} else {
    new aws.cloudwatch.MetricAlarm("api-errors", { comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 1, threshold: 50 });
}

// A condition that is not about the environment is a feature switch, not environment gating.
if (config.getBoolean("enableDashboard")) {
    new aws.cloudwatch.Dashboard("api-dashboard", { dashboardBody: "{}" });
}
