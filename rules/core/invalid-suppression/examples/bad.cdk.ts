import * as cdk from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export class LogsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // expect: IAC001, IAC001
    // iacreview: ignore[IAC103]
    const logs = new s3.Bucket(this, "Logs", { encryption: s3.BucketEncryption.KMS });
    new cdk.CfnOutput(this, "LogsBucket", { value: logs.bucketName });
  }
}
