from collections.abc import Iterator

from iacreview.model import Literal, Resource, norm_key
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.deprecations import deprecations, runtime_deprecation
from iacreview.rulekit.fixes import fix, rename_type, successor


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    table = deprecations(resource, ctx.project)
    if table is not None:
        base = {"type": resource.native_type, "provider": table.provider}
        if table.resource is not None:
            replacement = table.resource.get("replacement")
            args = {**base, "replacement": replacement, "reason": table.resource["message"]}
            rename = None
            if replacement:
                rename = fix(f"Use `{replacement}`", "safe", rename_type(ctx, resource, replacement))
            yield ctx.finding(
                resource, args, variant=None if replacement else "resource_no_replacement", fix=rename
            )
        for prop in resource.props.entries:
            info = table.properties.get(norm_key(prop.key))
            if info is not None:
                replacement = info.get("replacement")
                args = {**base, "property": prop.key, "reason": info["message"], "replacement": replacement}
                variant = "property_replaced" if replacement else "property"
                # an inline property still deploys: less severe than a deprecated resource type
                yield ctx.finding(
                    prop.key_span, args, resource=resource, path=prop.key, variant=variant, severity="medium"
                )
    if resource.kind == "aws.lambda.function":
        runtime = resource.prop("runtime")
        if isinstance(runtime, Literal) and isinstance(runtime.value, str):
            deprecated = runtime_deprecation(runtime.value, ctx.today)
            if deprecated is not None:
                since, newer = deprecated
                use = f": use `{newer}`" if newer else ""
                args = {"runtime": runtime.value, "since": since.isoformat(), "successor": use}
                edits = [successor(ctx, runtime, newer, resource.framework)] if newer else None
                move = fix(f"Use `{newer}`", "unsafe", edits)
                yield ctx.finding(runtime, args, resource=resource, variant="runtime", fix=move)
