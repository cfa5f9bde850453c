// iacreview: ignore-file[IAC801, IAC802, IAC803, IAC804] an example of invalid-suppression alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export class LogsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // iacreview: ignore[IAC101, IAC103] access-log target bucket: S3 requires SSE-S3
    const logs = new s3.Bucket(this, "Logs", { encryption: s3.BucketEncryption.S3_MANAGED });
    new cdk.CfnOutput(this, "LogsBucket", { value: logs.bucketName });
  }
}
