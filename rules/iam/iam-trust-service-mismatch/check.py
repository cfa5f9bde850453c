from collections.abc import Iterator

from iacreview.model import Resource
from iacreview.rulekit import Finding, RuleContext, find_values, label, references
from iacreview.rulekit.fixes import add_service, fix
from iacreview.rulekit.iam import trusted_services

# services whose create call assumes the role to check it: Lambda's CreateFunction ("cannot be
# assumed by Lambda"), Step Functions' CreateStateMachine, CodeBuild's CreateProject fail the deploy
VALIDATED_AT_CREATE = frozenset({"lambda", "states", "codebuild"})

# user kind -> (service principal it needs, properties through which it uses a role)
USERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "aws.lambda.function": ("lambda", ("role",)),
    "aws.iam.instance_profile": ("ec2", ("role", "roles")),
    "aws.ecs.task_definition": (
        "ecs-tasks",
        ("taskRoleArn", "executionRoleArn", "taskRole", "executionRole"),
    ),
    "aws.ec2.instance": ("ec2", ("role",)),
    "aws.sfn.state_machine": ("states", ("roleArn", "role")),
    "aws.codebuild.project": ("codebuild", ("serviceRole", "role")),
    "aws.codepipeline.pipeline": ("codepipeline", ("roleArn", "role")),
    "aws.glue.job": ("glue", ("role", "roleArn")),
    "aws.ec2.flow_log": ("vpc-flow-logs", ("iamRoleArn", "deliverLogsPermissionArn")),
    "aws.rds.instance": ("monitoring.rds", ("monitoringRoleArn",)),
    "aws.apigateway.account": ("apigateway", ("cloudwatchRoleArn",)),
    "aws.firehose.delivery_stream": ("firehose", ("roleArn",)),
    "aws.events.target": ("events", ("roleArn",)),
    "aws.scheduler.schedule": ("scheduler", ("roleArn",)),
}
ALSO_ACCEPTED = {"lambda": {"edgelambda"}}


def check(role: Resource, ctx: RuleContext) -> Iterator[Finding]:
    trust = trusted_services(role.prop("assumeRolePolicy") or role.prop("assumeRolePolicyDocument"))
    if trust is None:
        return
    services, _ = trust
    names = {name for name, _ in services}
    reported: set[str] = set()
    for user, _ in ctx.project.referrers(role):
        need = USERS.get(user.kind)
        if need is None:
            continue
        service, props = need
        if service in reported or service in names or names & ALSO_ACCEPTED.get(service, set()):
            continue
        if not any(references(v, role) for v in find_values(user.props, *props)):
            continue
        reported.add(service)
        trusted = ", ".join(f"`{n}.amazonaws.com`" for n in sorted(names)) or "no service"
        args = {
            "role": role.name,
            "user_kind": label(user.kind),
            "user": user.name,
            "trusted": trusted,
            "service": f"{service}.amazonaws.com",
        }
        at = services[0][1] if services else role
        policy = role.prop("assumeRolePolicy") or role.prop("assumeRolePolicyDocument")
        principal = f"{service}.amazonaws.com"
        add = fix(f"Trust `{principal}`", "safe", [add_service(ctx, policy, principal)])
        blocks = service in VALIDATED_AT_CREATE
        yield ctx.finding(at, args, resource=role, path="trust", fix=add, blocks_deploy=blocks)
