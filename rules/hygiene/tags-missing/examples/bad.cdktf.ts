import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";

// expect: IAC801
new SqsQueue(this, "jobs", { namePrefix: "jobs-" });
