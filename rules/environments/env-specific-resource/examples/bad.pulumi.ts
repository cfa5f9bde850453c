import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const isProd = pulumi.getStack() === "prod";
// expect: IAC702
if (isProd) {
    new aws.sns.Topic("pager", {});
    new aws.sqs.Queue("replica-jobs", {});
}
