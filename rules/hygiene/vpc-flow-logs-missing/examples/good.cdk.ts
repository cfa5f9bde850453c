// iacreview: ignore-file[IAC501, IAC801] an example of vpc-flow-logs-missing alone; the other rules' examples show their settings
import * as ec2 from "aws-cdk-lib/aws-ec2";

new ec2.Vpc(this, "Vpc", {
  maxAzs: 2,
  flowLogs: { all: { trafficType: ec2.FlowLogTrafficType.ALL } },
});
