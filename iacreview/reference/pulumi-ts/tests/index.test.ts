// Unit tests under Pulumi's mocks: no cloud calls, the program's resources are recorded as registered.
import * as pulumi from "@pulumi/pulumi";

const registered: { type: string; name: string; inputs: Record<string, unknown> }[] = [];

pulumi.runtime.setMocks({
    newResource: (args: pulumi.runtime.MockResourceArgs) => {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs });
        return { id: `${args.name}-id`, state: { ...args.inputs, arn: `arn:aws:mock:::${args.name}` } };
    },
    call: (args: pulumi.runtime.MockCallArgs) =>
        args.token === "aws:index/getCallerIdentity:getCallerIdentity"
            ? { accountId: "123456789012", arn: "arn:aws:iam::123456789012:root", userId: "mock" }
            : args.inputs,
});

function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => output.apply(resolve));
}

describe("reference stack", () => {
    let stack: typeof import("../index");

    beforeAll(async () => {
        stack = await import("../index");
    });

    test("the bucket is encrypted with the customer-managed key and a bucket key", async () => {
        await valueOf(stack.bucketArn);
        const encryption = registered.find((r) => r.type === "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
        const rule = (encryption?.inputs.rules as any[])[0];
        expect(rule.applyServerSideEncryptionByDefault.sseAlgorithm).toBe("aws:kms");
        expect(rule.bucketKeyEnabled).toBe(true);
    });

    test("the key rotates", async () => {
        await valueOf(stack.kmsKeyArn);
        const key = registered.find((r) => r.type === "aws:kms/key:Key");
        expect(key?.inputs.enableKeyRotation).toBe(true);
    });

    test("the log group keeps logs for a bounded time", async () => {
        await valueOf(stack.logGroupName);
        const group = registered.find((r) => r.type === "aws:cloudwatch/logGroup:LogGroup");
        expect(group?.inputs.retentionInDays).toBeGreaterThan(0);
    });
});
