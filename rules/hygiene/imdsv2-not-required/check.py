from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, find_values


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if resource.kind == "aws.ec2.instance" and resource.prop("launchTemplate") is not None:
        return  # the launch template it is started from decides
    args = {
        "what": "Instance" if resource.kind == "aws.ec2.instance" else "Launch template",
        "name": resource.name,
    }
    if resource.framework == "cdk":  # `requireImdsv2: true`
        required = resource.prop("requireImdsv2")
        if required is None or truthy(required) is False:  # a computed value is not judged
            yield ctx.finding(required or resource, args, resource=resource, variant="cdk")
        return
    tokens = find_values(resource.props, "httpTokens")
    if not tokens:
        yield ctx.finding(resource, args)
    for value in tokens:
        if isinstance(value, Literal) and str(value.value).lower() == "optional":
            yield ctx.finding(value, args, resource=resource, variant="optional")
