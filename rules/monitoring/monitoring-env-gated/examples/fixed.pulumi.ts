import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const stage = pulumi.getStack();

function createMonitoring(name: string) {
    // expect: IAC301
    new aws.cloudwatch.LogGroup(`${name}-logs`, { retentionInDays: 90 });
    new aws.cloudwatch.Dashboard(`${name}-dashboard`, { dashboardName: `${name}`, dashboardBody: "{}" });
}

createMonitoring("api");
