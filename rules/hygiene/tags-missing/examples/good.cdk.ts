import * as cdk from "aws-cdk-lib";
import * as sqs from "aws-cdk-lib/aws-sqs";

cdk.Tags.of(this).add("Environment", "dev");
new sqs.Queue(this, "Jobs");
