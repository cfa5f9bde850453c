from collections.abc import Iterator

from iacreview.frontends import render
from iacreview.model import Key, Literal, MapValue, Resource, Span
from iacreview.model.fix import Edit
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, find_values
from iacreview.rulekit.fixes import (
    Piece,
    dialect,
    fix,
    replace_literal,
    set_expression,
    set_property,
    source,
    spelled,
)

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
    if not isinstance(home, MapValue):
        return None
    options = home.get("metadataOptions")
    if isinstance(options, MapValue):
        return set_property(ctx, options, TOKENS, "required")
    if options is not None:
        return None  # computed
    lang = dialect(ctx, home.span)
    key = spelled(ctx, home.span, TOKENS)
    if lang == "hcl":
        return _add_block(ctx, resource, spelled(ctx, home.span, OPTIONS), f'{key} = "required"')
    value = render.literal("required", lang)
    written = {
        "python": f'{{"{key}": {value}}}',
        "json": f'{{"{key}": {value}}}',
        "typescript": f"{{ {key}: {value} }}",
        "yaml": f"{{{key}: {value}}}",
    }.get(lang)
    return set_expression(ctx, home, OPTIONS, written) if written else None


def _add_block(ctx: RuleContext, resource: Resource, name: str, attribute: str) -> Edit | None:
    """A nested block before the resource block's closing brace, indented as its first line."""
    code = source(ctx, resource.span)
    if code is None or not resource.props.entries:
        return None
    close = code.content_end(resource.span.end) - 1
    if code.data[close : close + 1] != b"}":
        return None
    indent = code.indent_at(resource.props.entries[0].key_span.start)
    inner = indent + " " * render.indent_unit(code.data)
    lines = [f"{indent}{name} {{", f"{inner}{attribute}", f"{indent}}}"]
    at = code.line_start(close)
    return Edit(Span(resource.span.file, at, at), "\n".join(lines) + "\n")
