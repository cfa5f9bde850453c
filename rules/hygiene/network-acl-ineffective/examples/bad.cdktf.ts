// iacreview: ignore-file[IAC501, IAC801] an example of network-acl-ineffective alone; the other rules' examples show their settings
import { NetworkAcl } from "@cdktf/provider-aws/lib/network-acl";
import { NetworkAclRule } from "@cdktf/provider-aws/lib/network-acl-rule";

// expect: IAC809
const acl = new NetworkAcl(this, "public-nacl", {
  vpcId: "vpc-0123456789abcdef0",
  subnetIds: ["subnet-0123456789abcdef0"],
});

new NetworkAclRule(this, "https-in", {
  networkAclId: acl.id,
  ruleNumber: 100,
  protocol: "tcp",
  ruleAction: "allow",
  cidrBlock: "0.0.0.0/0",
  fromPort: 443,
  toPort: 443,
});
