// iacreview: ignore-file[IAC501, IAC801] an example of vpc-flow-logs-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const vpc = new aws.ec2.Vpc("main", { cidrBlock: "10.0.0.0/16" });
new aws.ec2.FlowLog("main", {
    vpcId: vpc.id,
    trafficType: "ALL",
    logDestinationType: "s3",
    logDestination: "arn:aws:s3:::network-flow-logs",
});
