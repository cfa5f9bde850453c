// iacreview: ignore-file[IAC501, IAC801] an example of ebs-volume-not-encrypted alone; the other rules' examples show their settings
import * as ec2 from "aws-cdk-lib/aws-ec2";

declare const vpc: ec2.IVpc;
new ec2.Instance(this, "Web", {
  vpc,
  instanceType: new ec2.InstanceType("t3.micro"),
  machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  requireImdsv2: true,
  // expect: IAC107
  blockDevices: [{ deviceName: "/dev/xvda", volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: false }) }],
});
