// iacreview: ignore-file[IAC501, IAC801] an example of env-specific-resource alone; the other rules' examples show their settings
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const isProd = pulumi.getStack() === "prod";
new aws.sqs.Queue("jobs", { messageRetentionSeconds: isProd ? 1209600 : 86400 });
