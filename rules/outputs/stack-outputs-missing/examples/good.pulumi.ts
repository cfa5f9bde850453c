// iacreview: ignore-file[IAC101, IAC105, IAC801, IAC802, IAC803, IAC804] an example of stack-outputs-missing alone; the other rules' examples show their settings
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

class Encryption extends pulumi.ComponentResource {
    public readonly key: aws.kms.Key;
    constructor(name: string) {
        super("app:Encryption", name);
        this.key = new aws.kms.Key(`${name}-key`, { enableKeyRotation: true }, { parent: this });
        this.registerOutputs({ keyArn: this.key.arn });
    }
}

const encryption = new Encryption("data");
const bucket = new aws.s3.Bucket("data", {});

export const bucketName = bucket.bucket;
export const keyArn = encryption.key.arn;
