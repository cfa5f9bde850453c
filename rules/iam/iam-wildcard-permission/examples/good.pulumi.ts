// iacreview: ignore-file[IAC501, IAC801] an example of iam-wildcard-permission alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const table = new aws.dynamodb.Table("t", { hashKey: "id", attributes: [{ name: "id", type: "S" }], billingMode: "PAY_PER_REQUEST" });
new aws.iam.Policy("lambda", {
    policy: table.arn.apply(arn => JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Action: ["dynamodb:GetItem", "dynamodb:PutItem"], Resource: arn },
            { Effect: "Allow", Action: ["ec2:DescribeInstances", "s3:ListAllMyBuckets"], Resource: "*" },
            { Effect: "Deny", Action: "*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
        ],
    })),
});
// A key policy's Resource "*" means the key itself: not a wildcard.
new aws.kms.Key("k", {
    enableKeyRotation: true,
    policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "kms:*", Resource: "*" }] }),
});
