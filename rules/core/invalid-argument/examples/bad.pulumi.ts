import * as aws from "@pulumi/aws";

export const pipelineRole = new aws.iam.Role("pipeline", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "codepipeline.amazonaws.com" }),
    tags: { Team: "platform" },
});
export const pipeline = new aws.codepipeline.Pipeline("pipeline", {
    roleArn: pipelineRole.arn,
    // @pulumi/aws 6 and 7 take a list: artifactStores
    // expect: IAC010
    artifactStore: { location: "artifacts-bucket", type: "S3" },
    stages: [],
    tags: { Team: "platform" },
});
export const check = new aws.route53.HealthCheck("site", {
    // expect: IAC010
    fullyQualifiedDomainName: "example.com",
    type: "HTTPS",
    // dependsOn is a resource option (the third argument), not an argument
    // expect: IAC010
    dependsOn: [pipeline],
    tags: { Team: "platform" },
});
export const service = new aws.ecs.Service("api", {
    cluster: "arn:aws:ecs:eu-west-1:123456789012:cluster/main",
    taskDefinition: "api:1",
    desiredCount: 2,
    // the percentages are top-level arguments: deploymentMaximumPercent, deploymentMinimumHealthyPercent
    deploymentConfiguration: {
        // expect: IAC010
        maximumPercent: 200,
        // expect: IAC010
        minimumHealthyPercent: 100,
    },
    tags: { Team: "platform" },
});
