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
