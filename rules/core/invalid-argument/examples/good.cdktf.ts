// iacreview: ignore-file[IAC501, IAC701, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";

new SnsTopic(this, "alerts", {
  name: "alerts",
  kmsMasterKeyId: "alias/aws/sns",
});
new LaunchTemplate(this, "web", {
  imageId: "ami-0123456789abcdef0",
  metadataOptions: { httpTokens: "required" },
  blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 30, encrypted: "true" } }],
});
