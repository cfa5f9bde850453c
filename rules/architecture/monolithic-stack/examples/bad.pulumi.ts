import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// One component holding the whole program, with nothing grouped inside it.
// expect: IAC601
class TapStack extends pulumi.ComponentResource {
    constructor(name: string) {
        super("tap:TapStack", name);
        const opts = { parent: this };
        const vpc = new aws.ec2.Vpc("vpc", { cidrBlock: "10.0.0.0/16" }, opts);
        const subnetA = new aws.ec2.Subnet("a", { vpcId: vpc.id, cidrBlock: "10.0.1.0/24" }, opts);
        const subnetB = new aws.ec2.Subnet("b", { vpcId: vpc.id, cidrBlock: "10.0.2.0/24" }, opts);
        const sg = new aws.ec2.SecurityGroup("sg", { vpcId: vpc.id }, opts);
        const bucket = new aws.s3.Bucket("data", {}, opts);
        const table = new aws.dynamodb.Table("t", { hashKey: "id", attributes: [{ name: "id", type: "S" }] }, opts);
        const queue = new aws.sqs.Queue("q", {}, opts);
        const topic = new aws.sns.Topic("events", {}, opts);
        const logs = new aws.cloudwatch.LogGroup("logs", { retentionInDays: 30 }, opts);
        const role = new aws.iam.Role("role", { assumeRolePolicy: "{}" }, opts);
    }
}

new TapStack("tap");
