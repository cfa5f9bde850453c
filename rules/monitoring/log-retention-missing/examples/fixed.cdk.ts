import * as logs from "aws-cdk-lib/aws-logs";

new logs.LogGroup(this, "AppLogs", {
  // expect: IAC302
  retention: logs.RetentionDays.ONE_MONTH,
});
