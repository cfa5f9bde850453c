// iacreview: ignore-file[IAC501, IAC801] an example of monitoring-env-gated alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, stage: string) {
    super(scope, id);
    new logs.LogGroup(this, "AccessLogs", {
      retention: stage === "prod" ? logs.RetentionDays.ONE_YEAR : logs.RetentionDays.ONE_WEEK,
    });
  }
}
