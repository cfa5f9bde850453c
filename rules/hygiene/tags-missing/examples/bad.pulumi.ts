import * as aws from "@pulumi/aws";

// expect: IAC801
new aws.sqs.Queue("jobs", {});
// expect: IAC801
new aws.sns.Topic("events", { tags: { Team: "core" } });
