import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const isProd = pulumi.getStack() === "prod";
new aws.sqs.Queue("jobs", { messageRetentionSeconds: isProd ? 1209600 : 86400 });
