import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";

const environment = process.env.ENVIRONMENT;
new CloudwatchLogGroup(this, "audit", { retentionInDays: environment === "production" ? 365 : 30 });
