// iacreview: ignore-file[IAC501] an example of tags-missing alone; the other rules' examples show their settings
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";

new SqsQueue(this, "jobs", { namePrefix: "jobs-", tags: { Environment: "dev" } });
