// iacreview: ignore-file[IAC501, IAC801] an example of network-acl-ineffective alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

// expect: IAC809, IAC809, IAC809
const acl = new aws.ec2.NetworkAcl("web", {
  vpcId: "vpc-0123456789abcdef0",
  ingress: [{ protocol: "tcp", ruleNo: 100, action: "allow", cidrBlock: "0.0.0.0/0", fromPort: 443, toPort: 443 }],
});

new aws.ec2.NetworkAclRule("web-out", {
  networkAclId: acl.id,
  ruleNumber: 100,
  egress: true,
  protocol: "tcp",
  ruleAction: "allow",
  cidrBlock: "0.0.0.0/0",
  fromPort: 443,
  toPort: 443,
});
