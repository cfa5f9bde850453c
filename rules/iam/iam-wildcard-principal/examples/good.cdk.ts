// iacreview: ignore-file[IAC801] an example of iam-wildcard-principal alone; the other rules' examples show their settings
import * as iam from "aws-cdk-lib/aws-iam";

export const role = new iam.Role(this, "Shared", { assumedBy: new iam.AccountPrincipal("123456789012") });
