// iacreview: ignore-file[IAC105, IAC501, IAC801] an example of kms-rotation-disabled alone; the other rules' examples show their settings
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";

export const key = new KmsKey(this, "data", { description: "data", enableKeyRotation: true });
export const signing = new KmsKey(this, "signing", { customerMasterKeySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" });
