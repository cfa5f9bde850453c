import * as ecs from "aws-cdk-lib/aws-ecs";
import * as iam from "aws-cdk-lib/aws-iam";

const taskRole = new iam.Role(this, "TaskRole", {
  // expect: IAC401
  assumedBy: new iam.CompositePrincipal(new iam.ServicePrincipal("lambda.amazonaws.com"), new iam.ServicePrincipal("ecs-tasks.amazonaws.com")),
});
new ecs.FargateTaskDefinition(this, "Task", { taskRole, cpu: 256, memoryLimitMiB: 512 });
