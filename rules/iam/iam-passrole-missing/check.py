from collections.abc import Iterator
from fnmatch import fnmatchcase

from iacreview.model import ListValue, Literal, MapValue, Ref, Resource, Value
from iacreview.rulekit import Finding, RuleContext, find_values, label, references, title
from iacreview.rulekit.iam import Statement, permission_statements

# actions whose call always hands a role to the service (the request names it), so the caller
# needs `iam:PassRole` on that role
ALWAYS_PASS = {
    "lambda:createfunction": "a function's execution role",
    "states:createstatemachine": "a state machine's role",
    "glue:createjob": "a job's role",
    "glue:createcrawler": "a crawler's role",
    "codebuild:createproject": "a project's service role",
    "sagemaker:createtrainingjob": "a training job's role",
    "sagemaker:createmodel": "a model's execution role",
    "sagemaker:createprocessingjob": "a processing job's role",
    "elasticmapreduce:runjobflow": "a cluster's service and instance roles",
    "mediaconvert:createjob": "a job's role",
}
# actions that pass the roles of an ECS task definition: judged when one of the project's has roles
ECS_PASS = ("ecs:runtask", "ecs:starttask", "ecs:registertaskdefinition")
TASK_ROLES = ("taskRoleArn", "executionRoleArn", "taskRole", "executionRole")
# what attaches a policy to a role, besides the role's own inline policies
POLICY_KINDS = ("aws.iam.policy", "aws.iam.role_policy")
ATTACHMENT = "aws.iam.role_policy_attachment"


def check(role: Resource, ctx: RuleContext) -> Iterator[Finding]:
    found = _statements(role, ctx)
    if found is None:
        return  # a managed policy not in the project may grant it
    allowed = [(s, a) for s in found if s.effect == "Allow" for a in s.actions if isinstance(a, Literal)]
    if any(fnmatchcase("iam:passrole", str(a.value).lower()) for _, a in allowed):
        return
    ecs_roles = any(find_values(t.props, *TASK_ROLES) for t in ctx.project.of_kind("aws.ecs.task_definition"))
    args = {"what": title(role.kind), "name": role.name}
    for _, action in allowed:
        name = str(action.value).lower()
        passed = ALWAYS_PASS.get(name) or ("an ECS task's roles" if name in ECS_PASS and ecs_roles else None)
        if passed is not None:
            yield ctx.finding(action, {**args, "action": action.value, "passed": passed}, resource=role)
            return  # one finding per role: the fix is one statement
    if not ecs_roles:
        return
    for user, _ in ctx.project.referrers(role):
        doing = _runs_ecs_tasks(user, role)
        if doing:
            shown = {**args, "doing": doing, "user_what": label(user.kind), "user": user.name}
            yield ctx.finding(role, shown, variant="user")
            return


def _runs_ecs_tasks(user: Resource, role: Resource) -> str | None:
    """What a service does with ECS tasks as this role (the caller of the role-passing action
    without naming it in a policy): a pipeline's ECS deploy action, an EventBridge ECS target."""
    if user.kind == "aws.codepipeline.pipeline" and references(user.prop("roleArn"), role):
        providers = {str(v.value) for v in find_values(user.props, "provider") if isinstance(v, Literal)}
        if providers & {"ECS", "CodeDeployToECS"}:
            return "deploys ECS tasks"
    if user.kind in ("aws.events.rule", "aws.events.target"):
        for node in user.props.walk():  # the target: `EcsParameters` (`ecs_target`) beside `RoleArn`
            if not isinstance(node, MapValue):
                continue
            if (node.get("ecsParameters") or node.get("ecsTarget")) and references(node.get("roleArn"), role):
                return "runs ECS tasks"
    return None


def _statements(role: Resource, ctx: RuleContext) -> list[Statement] | None:
    """Every statement of the policies the role has, or None when one of them is not in the project
    (an AWS managed policy, an ARN from elsewhere)."""
    found = list(permission_statements(role))
    managed = role.prop("managedPolicyArns") or role.prop("managedPolicies")
    for value in managed.items if isinstance(managed, ListValue) else (managed,) if managed else ():
        policy = ctx.project.resolve(value) if isinstance(value, Ref) else None
        if policy is None:
            return None
        found += permission_statements(policy)
    for other, _ in ctx.project.referrers(role):
        if other.kind in POLICY_KINDS:
            found += permission_statements(other)
        elif other.kind == ATTACHMENT:
            policy = _attached_policy(other.prop("policyArn"), ctx)
            if policy is None:
                return None
            found += permission_statements(policy)
    return found


def _attached_policy(value: Value | None, ctx: RuleContext) -> Resource | None:
    return ctx.project.resolve(value) if isinstance(value, Ref) else None
