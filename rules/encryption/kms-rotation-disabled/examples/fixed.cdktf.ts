import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";

// expect: IAC104
export const key = new KmsKey(this, "data", { description: "data", enableKeyRotation: true });
