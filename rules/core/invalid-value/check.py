from collections.abc import Iterator

from iacreview.model import Call, Literal, MapValue, Resource, Unknown
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.schemas import misshapen_blocks, rejected_values, reserved_variables, schema

MOST = 8  # allowed values listed in a message


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if resource.framework == "cdktf":
        yield from _block_shapes(resource, ctx)
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
