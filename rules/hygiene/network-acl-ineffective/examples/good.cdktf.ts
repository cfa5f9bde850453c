// iacreview: ignore-file[IAC501, IAC801] an example of network-acl-ineffective alone; the other rules' examples show their settings
import { NetworkAcl } from "@cdktf/provider-aws/lib/network-acl";
import { NetworkAclRule } from "@cdktf/provider-aws/lib/network-acl-rule";

const acl = new NetworkAcl(this, "public-nacl", {
  vpcId: "vpc-0123456789abcdef0",
  subnetIds: ["subnet-0123456789abcdef0"],
});

// rules built in a loop: each one's direction comes from its item
const rules = [
  { ruleNumber: 100, fromPort: 443, toPort: 443, egress: false },
  { ruleNumber: 110, fromPort: 1024, toPort: 65535, egress: true },
];
rules.forEach((rule, index) => {
  new NetworkAclRule(this, `rule-${index}`, {
    networkAclId: acl.id,
    ruleNumber: rule.ruleNumber,
    protocol: "tcp",
    ruleAction: "allow",
    cidrBlock: "0.0.0.0/0",
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    egress: rule.egress,
  });
});
