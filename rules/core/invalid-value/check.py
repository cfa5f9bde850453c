from collections.abc import Iterator

from iacreview.model import Call, ListValue, Literal, MapValue, Resource, Unknown
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.schemas import misshapen_blocks, rejected_values, reserved_variables, schema

MOST = 8  # allowed values listed in a message


# the Terraform AWS provider (also under Pulumi's AWS provider) refuses ports with protocol -1 in
# a security group's inline rules (a standalone rule's ports are ignored instead)
PORTLESS_PROTOCOL = ("-1", "all")


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if resource.framework == "cdktf":
        yield from _block_shapes(resource, ctx)
    if resource.kind == "aws.ec2.security_group" and resource.framework in ("terraform", "cdktf", "pulumi"):
        yield from _ports_with_all_protocols(resource, ctx)
    found = schema(resource, ctx.project) if resource.framework == "cloudformation" else None
    for rejected in rejected_values(resource, found) if found is not None else ():
        allowed = ", ".join(f"`{a}`" for a in rejected.allowed[:MOST])
        allowed += f" and {len(rejected.allowed) - MOST} more" if len(rejected.allowed) > MOST else ""
        args = {"property": rejected.path, "type": resource.native_type, "allowed": allowed}
        value = {"value": str(rejected.value.value)}
        yield ctx.finding(
            rejected.value,
            {**args, **value},
            resource=resource,
            path=rejected.path,
            variant="range" if rejected.bounded else None,
            blocks_deploy=True,
        )
    if resource.kind == "aws.lambda.function":
        handler = resource.prop("handler")
        if (
            _inline_code(resource)
            and isinstance(handler, Literal)
            and not str(handler.value).startswith("index.")
        ):
            args = {"function": resource.name, "handler": str(handler.value)}
            # it deploys, and fails when invoked
            yield ctx.finding(
                handler, args, resource=resource, path="handler", variant="inline_handler", severity="high"
            )
        for entry in reserved_variables(resource):
            args = {"function": resource.name, "variable": entry.key}
            yield ctx.finding(
                entry.key_span,
                args,
                resource=resource,
                path=entry.key,
                variant="reserved",
                blocks_deploy=True,
            )


def _block_shapes(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    found = schema(resource, ctx.project)
    if found is None:
        return
    for block in misshapen_blocks(resource, found):
        given, wanted = (
            ("one object", "a list of them") if block.wanted == "list" else ("a list", "one object")
        )
        args = {"property": block.path, "type": resource.native_type, "source": found.source}
        yield ctx.finding(
            block.entry.value,
            {**args, "given": given, "wanted": wanted},
            resource=resource,
            path=block.path,
            variant="block",
            blocks_deploy=True,
        )


def _inline_code(function: Resource) -> bool:
    """The code is written inline (CloudFormation's `Code.ZipFile`, CDK's `Code.fromInline`): the
    service stores it as `index.py` / `index.js`."""
    code = function.prop("code")
    if function.prop("inlineCode") is not None:  # SAM
        return True
    if isinstance(code, MapValue):
        return code.get("zipFile") is not None
    text = code.func if isinstance(code, Call) else code.text if isinstance(code, Unknown) else ""
    return text.replace("_", "").lower().endswith("code.frominline")


def _ports_with_all_protocols(group: Resource, ctx: RuleContext) -> Iterator[Finding]:
    """A rule for every protocol (`-1`) given a port range: the provider's apply fails with
    `from_port (0) and to_port (65535) must both be 0 to use the 'ALL' "-1" protocol!`."""
    rules: list[MapValue] = []
    for key in ("ingress", "egress"):
        value = group.prop(key)
        rules += [
            r for r in (value.items if isinstance(value, ListValue) else (value,)) if isinstance(r, MapValue)
        ]
    for rule in rules:
        protocol = rule.get("protocol")
        if not (isinstance(protocol, Literal) and str(protocol.value).lower() in PORTLESS_PROTOCOL):
            continue
        ports = [rule.get("fromPort"), rule.get("toPort")]
        given = [p for p in ports if isinstance(p, Literal) and isinstance(p.value, int) and p.value != 0]
        if given:
            low, high = (str(p.value) if isinstance(p, Literal) else "?" for p in ports)
            args = {"what": title(group.kind), "name": group.name, "low": low, "high": high}
            yield ctx.finding(given[0], args, resource=group, variant="all_ports", blocks_deploy=True)
