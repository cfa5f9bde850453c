// iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-deployment-value alone; the other rules' examples show their settings
import * as ec2 from "aws-cdk-lib/aws-ec2";

declare const vpc: ec2.IVpc;
new ec2.Volume(this, "Data", {
  // expect: IAC703
  availabilityZone: "us-east-1a",
  size: cdk.Size.gibibytes(100),
  encrypted: true,
});
