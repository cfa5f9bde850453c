import * as pulumi from "@pulumi/pulumi";

pulumi.runtime.setMocks({
    newResource: args => ({ id: `${args.name}-id`, state: args.inputs }),
    call: args => args.inputs,
});

describe("storage", () => {
    it("creates the bucket", async () => {
        const stack = await import("../index");
        expect(stack.bucketName).toBeDefined();
    });
});
