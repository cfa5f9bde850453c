// iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC804] an example of stack-outputs-missing alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export class DataStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new s3.Bucket(this, "Data", { versioned: true });
    new cdk.CfnOutput(this, "DataBucketName", { value: bucket.bucketName });
  }
}
