import * as cdk from "aws-cdk-lib";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, stage: string) {
    super(scope, id);
    // expect: IAC301
    new logs.LogGroup(this, "AccessLogs", { retention: logs.RetentionDays.ONE_YEAR });
  }
}
