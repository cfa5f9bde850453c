import * as aws from "@pulumi/aws";

const role = new aws.iam.Role("web", {
    // expect: IAC401
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: ["lambda.amazonaws.com", "ec2.amazonaws.com"] }),
});
const profile = new aws.iam.InstanceProfile("web", { role: role.name });

export const profileArn = profile.arn;
