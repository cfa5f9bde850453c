from collections.abc import Iterator

from iacreview.model import Literal, Resource, Span, Value
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, find_entries, find_values, title


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if resource.framework == "cdk" and not resource.native_type.startswith("AWS::"):
        return  # a CDK RestApi sets the account's role itself (`cloudWatchRole`)
    logging = _logging(resource)
    if logging is None or _role_set(ctx):
        return
    args = {"what": title(resource.kind), "name": resource.name}
    yield ctx.finding(logging, args, resource=resource, blocks_deploy=True)


def _logging(resource: Resource) -> Value | Span | None:
    """The first setting that turns on CloudWatch logging: access logs, execution logs, data traces."""
    for entry in find_entries(resource.props, "accessLogSettings", "accessLogSetting"):
        return entry.key_span  # a Terraform block's value starts inside it
    for value in find_values(resource.props, "loggingLevel"):
        if isinstance(value, Literal) and str(value.value).upper() in ("INFO", "ERROR"):
            return value
    for value in find_values(resource.props, "dataTraceEnabled"):
        if truthy(value):
            return value
    return None


def _role_set(ctx: RuleContext) -> bool:
    return any(
        account.prop("cloudwatchRoleArn") is not None
        for account in ctx.project.of_kind("aws.apigateway.account")
    )
