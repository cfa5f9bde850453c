// iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-deployment-value alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const zones = aws.getAvailabilityZonesOutput({ state: "available" });
const vpc = new aws.ec2.Vpc("main", { cidrBlock: "10.0.0.0/16" });
new aws.ec2.Subnet("private-a", {
    vpcId: vpc.id,
    cidrBlock: "10.0.1.0/24",
    availabilityZone: zones.names[0],
});
