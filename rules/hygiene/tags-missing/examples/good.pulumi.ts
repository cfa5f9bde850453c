// iacreview: ignore-file[IAC501] an example of tags-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

// Default tags on the provider tag every resource created with it.
const provider = new aws.Provider("tagged", { defaultTags: { tags: { Environment: "dev", Team: "core" } } });
new aws.sqs.Queue("jobs", {}, { provider });
new aws.sns.Topic("events", { tags: { Team: "core" } });
