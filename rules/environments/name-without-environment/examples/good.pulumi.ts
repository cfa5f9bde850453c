import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stack = pulumi.getStack();
new aws.s3.Bucket("data", { bucket: `acme-app-data-${stack}` });
new aws.sqs.Queue("jobs", {}); // auto-named
new aws.sns.Topic("events", { name: "acme-events-prod" });
