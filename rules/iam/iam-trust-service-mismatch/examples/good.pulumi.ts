// iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-service-mismatch alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const trust = aws.iam.getPolicyDocumentOutput({
    statements: [{
        actions: ["sts:AssumeRole"],
        principals: [{ type: "Service", identifiers: ["ec2.amazonaws.com"] }],
    }],
});
const role = new aws.iam.Role("web", { assumeRolePolicy: trust.json });
const profile = new aws.iam.InstanceProfile("web", { role: role.name });

export const profileArn = profile.arn;
