import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";

// expect: IAC302
export const logs = new CloudwatchLogGroup(this, "app", { name: "/app/api", retentionInDays: 30 });
