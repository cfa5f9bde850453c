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
export const service = new aws.ecs.Service("api", {
    cluster: "arn:aws:ecs:eu-west-1:123456789012:cluster/main",
    taskDefinition: "api:1",
    desiredCount: 2,
    deploymentMaximumPercent: 200,
    deploymentMinimumHealthyPercent: 100,
    deploymentCircuitBreaker: { enable: true, rollback: true },
    tags: { Team: "platform" },
});
