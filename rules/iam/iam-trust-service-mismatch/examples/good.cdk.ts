// iacreview: ignore-file[IAC501, IAC801] an example of iam-trust-service-mismatch alone; the other rules' examples show their settings
import * as ecs from "aws-cdk-lib/aws-ecs";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";

const taskRole = new iam.Role(this, "TaskRole", { assumedBy: new iam.ServicePrincipal("ecs-tasks.amazonaws.com") });
new ecs.FargateTaskDefinition(this, "Task", { taskRole, cpu: 256, memoryLimitMiB: 512 });
// A function without a role gets one from CDK that trusts Lambda.
new lambda.Function(this, "Fn", { runtime: lambda.Runtime.NODEJS_22_X, handler: "index.handler", code: lambda.Code.fromAsset("fn") });
