// iacreview: ignore-file[IAC501, IAC801] an example of monitoring-env-gated alone; the other rules' examples show their settings
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";

const environment = process.env.ENVIRONMENT;
new CloudwatchLogGroup(this, "audit", { retentionInDays: environment === "production" ? 365 : 30 });
