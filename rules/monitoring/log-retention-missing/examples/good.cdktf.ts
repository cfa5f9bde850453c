// iacreview: ignore-file[IAC501, IAC701, IAC801] an example of log-retention-missing alone; the other rules' examples show their settings
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";

export const logs = new CloudwatchLogGroup(this, "app", { name: "/app/api", retentionInDays: 30 });
