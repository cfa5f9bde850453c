// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of monolithic-stack alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as sns from "aws-cdk-lib/aws-sns";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

class Network extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, "Vpc", { maxAzs: 2 });
    new ec2.SecurityGroup(this, "Web", { vpc });
  }
}

class Storage extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new s3.Bucket(this, "Data", {});
    new dynamodb.Table(this, "Orders", { partitionKey: { name: "id", type: dynamodb.AttributeType.STRING } });
  }
}

export class TapStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Network(this, "Network");
    new Storage(this, "Storage");
    new sqs.Queue(this, "Jobs");
    new sns.Topic(this, "Events");
  }
}
