import * as aws from "@pulumi/aws";

export const pipelineRole = new aws.iam.Role("pipeline", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "codepipeline.amazonaws.com" }),
    tags: { Team: "platform" },
});
export const pipeline = new aws.codepipeline.Pipeline("pipeline", {
    roleArn: pipelineRole.arn,
    artifactStores: [{ location: "artifacts-bucket", type: "S3" }],
    stages: [],
    tags: { Team: "platform" },
});
export const check = new aws.route53.HealthCheck(
    "site",
    { fqdn: "example.com", type: "HTTPS", tags: { Team: "platform" } },
    { dependsOn: [pipeline] },
);
