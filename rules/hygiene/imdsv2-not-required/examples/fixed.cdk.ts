// iacreview: ignore-file[IAC501, IAC801] an example of imdsv2-not-required alone; the other rules' examples show their settings
import * as ec2 from "aws-cdk-lib/aws-ec2";

declare const vpc: ec2.IVpc;
// expect: IAC806
new ec2.Instance(this, "Web", {
  vpc,
  instanceType: new ec2.InstanceType("t3.micro"),
  machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  requireImdsv2: true,
});
