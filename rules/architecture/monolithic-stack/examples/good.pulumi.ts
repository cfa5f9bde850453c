// iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of monolithic-stack alone; the other rules' examples show their settings
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

class Network extends pulumi.ComponentResource {
    constructor(name: string) {
        super("tap:Network", name);
        const opts = { parent: this };
        const vpc = new aws.ec2.Vpc("vpc", { cidrBlock: "10.0.0.0/16" }, opts);
        new aws.ec2.Subnet("a", { vpcId: vpc.id, cidrBlock: "10.0.1.0/24" }, opts);
        new aws.ec2.Subnet("b", { vpcId: vpc.id, cidrBlock: "10.0.2.0/24" }, opts);
        new aws.ec2.SecurityGroup("sg", { vpcId: vpc.id }, opts);
    }
}

class Storage extends pulumi.ComponentResource {
    constructor(name: string) {
        super("tap:Storage", name);
        const opts = { parent: this };
        new aws.s3.Bucket("data", {}, opts);
        new aws.dynamodb.Table("t", { hashKey: "id", attributes: [{ name: "id", type: "S" }] }, opts);
    }
}

class TapStack extends pulumi.ComponentResource {
    constructor(name: string) {
        super("tap:TapStack", name);
        new Network("network");
        new Storage("storage");
        const opts = { parent: this };
        new aws.sqs.Queue("q", {}, opts);
        new aws.sns.Topic("events", {}, opts);
        new aws.cloudwatch.LogGroup("logs", { retentionInDays: 30 }, opts);
        new aws.iam.Role("role", { assumeRolePolicy: "{}" }, opts);
    }
}

new TapStack("tap");
