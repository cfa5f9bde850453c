// iacreview: ignore-file[IAC501, IAC801] an example of ebs-volume-not-encrypted alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

new aws.ec2.LaunchTemplate("web", {
    imageId: "ami-0123456789abcdef0",
    metadataOptions: { httpTokens: "required" },
    blockDeviceMappings: [{
        deviceName: "/dev/xvda",
        // expect: IAC107
        ebs: { volumeSize: 30 },
    }],
});
