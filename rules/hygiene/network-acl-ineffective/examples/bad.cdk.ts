// iacreview: ignore-file[IAC501, IAC801] an example of network-acl-ineffective alone; the other rules' examples show their settings
import * as ec2 from "aws-cdk-lib/aws-ec2";

declare const vpc: ec2.IVpc;

// expect: IAC809, IAC809
const acl = new ec2.NetworkAcl(this, "PrivateAcl", { vpc });

acl.addEntry("HttpsOut", {
  ruleNumber: 100,
  cidr: ec2.AclCidr.anyIpv4(),
  traffic: ec2.AclTraffic.tcpPort(443),
  direction: ec2.TrafficDirection.EGRESS,
});
