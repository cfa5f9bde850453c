// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of name-without-environment alone; the other rules' examples show their settings
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stack = pulumi.getStack();
new aws.s3.Bucket("data", { bucket: `acme-app-data-${stack}` });
new aws.sqs.Queue("jobs", {}); // auto-named
new aws.sns.Topic("events", { name: "acme-events-prod" });
