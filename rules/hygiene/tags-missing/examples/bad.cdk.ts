import * as sqs from "aws-cdk-lib/aws-sqs";

// expect: IAC801
new sqs.Queue(this, "Jobs");
