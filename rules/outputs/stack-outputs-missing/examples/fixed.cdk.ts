import * as cdk from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export class DataStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // expect: IAC501
    const data = new s3.Bucket(this, "Data", { versioned: true });
    new cdk.CfnOutput(this, "DataArn", { value: data.bucketArn });
  }
}
