import * as cdk from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";
import * as logs from "aws-cdk-lib/aws-logs";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as sns from "aws-cdk-lib/aws-sns";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

// expect: IAC601
export class TapStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, "Vpc", { maxAzs: 2 });
    new ec2.SecurityGroup(this, "Web", { vpc });
    new s3.Bucket(this, "Data", {});
    new s3.Bucket(this, "Logs", {});
    new dynamodb.Table(this, "Orders", { partitionKey: { name: "id", type: dynamodb.AttributeType.STRING } });
    new sqs.Queue(this, "Jobs");
    new sns.Topic(this, "Events");
    new logs.LogGroup(this, "AppLogs", {});
    new iam.Role(this, "AppRole", { assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com") });
    new kms.Key(this, "DataKey", { enableKeyRotation: true });
  }
}
