import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

class Encryption extends pulumi.ComponentResource {
    public readonly key: aws.kms.Key;
    constructor(name: string) {
        super("app:Encryption", name);
        // expect: IAC501
        this.key = new aws.kms.Key(`${name}-key`, { enableKeyRotation: true }, { parent: this });
        this.registerOutputs({ keyArn: this.key.arn });
    }
}

const encryption = new Encryption("data");
const bucket = new aws.s3.Bucket("data", {});

// registerOutputs is a component's output, not the stack's: the key is still not exported.
export const bucketName = bucket.bucket;
export const encryptionKeyArn = encryption.key.arn;
