import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";

const environment = process.env.ENVIRONMENT;
// expect: IAC301
new CloudwatchLogGroup(this, "audit", { retentionInDays: 365 });
