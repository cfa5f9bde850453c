// iacreview: ignore-file[IAC501, IAC801] an example of vpc-flow-logs-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

// expect: IAC807
new aws.ec2.Vpc("main", { cidrBlock: "10.0.0.0/16" });
