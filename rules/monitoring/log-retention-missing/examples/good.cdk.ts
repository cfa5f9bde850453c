// iacreview: ignore-file[IAC501, IAC801] an example of log-retention-missing alone; the other rules' examples show their settings
import * as logs from "aws-cdk-lib/aws-logs";

// Without `retention`, CDK keeps logs two years.
new logs.LogGroup(this, "AppLogs", {});
new logs.LogGroup(this, "AuditLogs", { retention: logs.RetentionDays.TEN_YEARS });
