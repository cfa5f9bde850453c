from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.iam import all_statements

NARROWING = ("sourceArn", "sourceAccount", "principalOrgId")


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if "vpc_endpoint" in resource.kind:
        return  # an endpoint policy only narrows what callers' own IAM allows: `*` there is the norm
    args = {"what": title(resource.kind), "name": resource.name}
    if resource.kind == "aws.lambda.permission":
        principal = resource.prop("principal")
        if (
            isinstance(principal, Literal)
            and principal.value == "*"
            and not any(resource.prop(k) for k in NARROWING)
        ):
            yield ctx.finding(principal, args, resource=resource)
        return
    for statement in all_statements(resource):
        if statement.effect != "Allow" or statement.has_condition:
            continue
        for _, value in statement.principals:
            if isinstance(value, Literal) and value.value == "*":
                yield ctx.finding(value, args, resource=resource)
                break
