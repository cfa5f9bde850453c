from collections.abc import Iterator

from iacreview.model import Literal, Ref, Resource
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.fixes import fix
from iacreview.rulekit.iam import service_name
from iacreview.rulekit.permissions import add_invoke_permission

TITLE = "Add the Lambda permission, scoped to the caller"

# who calls the function, as the service principal its Lambda permission must name
CALLERS = {
    "aws.s3.bucket": "s3.amazonaws.com",
    "aws.s3.bucket_notification": "s3.amazonaws.com",
    "aws.sns.topic": "sns.amazonaws.com",
    "aws.sns.topic_subscription": "sns.amazonaws.com",
    "aws.events.rule": "events.amazonaws.com",
    "aws.events.target": "events.amazonaws.com",
    "aws.apigateway.method": "apigateway.amazonaws.com",
    "aws.apigateway.integration": "apigateway.amazonaws.com",
    "aws.apigateway.authorizer": "apigateway.amazonaws.com",
    "aws.apigatewayv2.integration": "apigateway.amazonaws.com",
    "aws.apigatewayv2.authorizer": "apigateway.amazonaws.com",
    "aws.logs.subscription_filter": "logs.amazonaws.com",
}
# the attributes that name a function to its caller
ARNS = frozenset({"arn", "invokearn", "qualifiedarn", "qualifiedinvokearn", "functionarn"})


def check(caller: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if caller.framework == "cdk":
        return  # CDK's integrations and `addPermission`/`grantInvoke` add the permission themselves
    service = CALLERS[caller.kind]
    seen: set[str] = set()
    for ref in caller.refs:
        function = ctx.project.resolve(ref)
        if function is None or function.kind != "aws.lambda.function" or function.id in seen:
            continue
        if not _names_arn(ref) or function.native_type == "AWS::Serverless::Function":
            continue  # SAM adds the permissions of the events it declares
        seen.add(function.id)
        if not any(_allows(permission, service) for permission in _permissions(ctx, function)):
            args = {
                "what": title(caller.kind),
                "name": caller.name,
                "function": function.name,
                "service": service,
            }
            grant = fix(TITLE, "safe", [add_invoke_permission(ctx, caller, function, service)])
            # S3 checks the permission when the notification is set: the deployment fails
            yield ctx.finding(ref, args, resource=caller, blocks_deploy=service.startswith("s3."), fix=grant)


def _names_arn(ref: Ref) -> bool:
    attr = (ref.attr or "").replace("_", "").lower()
    return attr in ARNS or attr.endswith(".arn")


def _permissions(ctx: RuleContext, function: Resource) -> Iterator[Resource]:
    for permission, _ in ctx.project.referrers(function):
        if permission.kind == "aws.lambda.permission":
            yield permission


def _allows(permission: Resource, service: str) -> bool:
    principal = permission.prop("principal")
    if not isinstance(principal, Literal):
        return True  # computed: not judged
    name = service_name(principal)  # `logs.us-east-1.amazonaws.com` names `logs`
    return name is not None and name.lower() == service.split(".")[0]
