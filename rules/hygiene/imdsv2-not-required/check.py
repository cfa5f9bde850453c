from collections.abc import Iterator

from iacreview.model import Key, Literal, MapValue, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, find_values
from iacreview.rulekit.fixes import Piece, fix, replace_literal, set_nested, set_property

TOKENS = Key("httpTokens")
OPTIONS = Key("metadataOptions")
TITLE = "Require IMDSv2 session tokens"


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if resource.kind == "aws.ec2.instance" and resource.prop("launchTemplate") is not None:
        return  # the launch template it is started from decides
    args = {
        "what": "Instance" if resource.kind == "aws.ec2.instance" else "Launch template",
        "name": resource.name,
    }
    if resource.framework == "cdk" and not resource.native_type.startswith("AWS::"):
        required = resource.prop("requireImdsv2")  # `requireImdsv2: true`
        if required is None or truthy(required) is False:  # a computed value is not judged
            require = set_property(ctx, resource.props, Key("requireImdsv2"), True)
            turn_on = fix(TITLE, "unsafe", [require])
            yield ctx.finding(required or resource, args, resource=resource, variant="cdk", fix=turn_on)
        return
    tokens = find_values(resource.props, "httpTokens")
    if not tokens:
        yield ctx.finding(resource, args, fix=fix(TITLE, "unsafe", [_add_tokens(ctx, resource)]))
    for value in tokens:
        if isinstance(value, Literal) and str(value.value).lower() == "optional":
            turn_on = fix(TITLE, "unsafe", [replace_literal(ctx, value, "required")])
            yield ctx.finding(value, args, resource=resource, variant="optional", fix=turn_on)


def _add_tokens(ctx: RuleContext, resource: Resource) -> Piece:
    """`httpTokens: required` in the metadata options, the options added where there are none."""
    home = resource.props.get("launchTemplateData") or resource.props  # CloudFormation's template
    return set_nested(ctx, home, OPTIONS, TOKENS, "required") if isinstance(home, MapValue) else None
