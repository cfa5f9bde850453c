from collections.abc import Iterator

from iacreview.model import Literal, Resource, norm_key
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.deprecations import pulumi_table, runtime_deprecation


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if resource.framework == "pulumi":
        yield from _pulumi(resource, ctx)
    if resource.kind == "aws.lambda.function":
        runtime = resource.prop("runtime")
        if isinstance(runtime, Literal) and isinstance(runtime.value, str):
            deprecated = runtime_deprecation(runtime.value, ctx.today)
            if deprecated is not None:
                since, successor = deprecated
                args = {
                    "runtime": runtime.value,
                    "since": since.isoformat(),
                    "successor": f": use `{successor}`" if successor else "",
                }
                yield ctx.finding(runtime, args, resource=resource, variant="runtime")


def _pulumi(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    major, table = pulumi_table(ctx.project)
    provider = f"@pulumi/aws {major}"
    entry = table["resources"].get(resource.native_type)
    if entry is not None:
        args = {
            "type": resource.native_type,
            "provider": provider,
            "replacement": entry["replacement"],
            "reason": entry["message"],
        }
        yield ctx.finding(resource, args, variant=None if entry["replacement"] else "resource_no_replacement")
    deprecated_props = {
        norm_key(name): info for name, info in table["properties"].get(resource.native_type, {}).items()
    }
    for prop in resource.props.entries:
        info = deprecated_props.get(norm_key(prop.key))
        if info is not None:
            args = {
                "property": prop.key,
                "type": resource.native_type,
                "provider": provider,
                "reason": info["message"],
            }
            yield ctx.finding(prop.key_span, args, resource=resource, path=prop.key, variant="property")
