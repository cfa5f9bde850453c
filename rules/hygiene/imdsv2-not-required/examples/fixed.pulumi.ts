// iacreview: ignore-file[IAC501, IAC801] an example of imdsv2-not-required alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

// expect: IAC806
new aws.ec2.Instance("web", {
    ami: "ami-0123456789abcdef0",
    instanceType: "t3.micro",
    metadataOptions: { httpTokens: "required" },
});
