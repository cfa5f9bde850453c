// iacreview: ignore-file[IAC501] an example of tags-missing alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as sqs from "aws-cdk-lib/aws-sqs";

cdk.Tags.of(this).add("Environment", "dev");
new sqs.Queue(this, "Jobs");
