// iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-deployment-value alone; the other rules' examples show their settings
import * as ec2 from "aws-cdk-lib/aws-ec2";

declare const vpc: ec2.IVpc;
new ec2.Volume(this, "Data", {
  availabilityZone: vpc.availabilityZones[0],
  size: cdk.Size.gibibytes(100),
  encrypted: true,
});
