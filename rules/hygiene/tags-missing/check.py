from collections.abc import Iterator

from iacreview.model import ListValue, Literal, MapValue, Resource, Value
from iacreview.rulekit import Finding, RuleContext, title


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    required: list[str] = ctx.option("required") or []
    provider_keys: set[str] | None = set()
    for provider in ctx.project.of_kind("aws.provider"):
        default = provider.prop("defaultTags")
        keys = tag_keys(default.get("tags") if isinstance(default, MapValue) else default)
        provider_keys = None if keys is None or provider_keys is None else provider_keys | keys
    tags = resource.prop("tags")
    args = {"what": title(resource.kind), "name": resource.name}
    if tags is None and provider_keys is not None and not provider_keys:
        yield ctx.finding(resource, args)
        return
    keys = tag_keys(tags) if tags is not None else set()
    if keys is None or provider_keys is None:
        return  # tags computed at run time: cannot tell which keys they have
    missing = [k for k in required if k not in keys | provider_keys]
    if missing:
        entry = resource.props.entry("tags")
        at = entry.key_span if entry is not None else resource.type_span
        yield ctx.finding(
            at, {**args, "keys": ", ".join(f"`{k}`" for k in missing)}, resource=resource, variant="required"
        )


def tag_keys(tags: Value | None) -> set[str] | None:
    """Keys of a tag map (`{Env: ...}`) or a tag list (`[{Key: Env, Value: ...}]`); None if unknown."""
    if tags is None:
        return set()
    if isinstance(tags, MapValue):
        return {e.key for e in tags.entries}
    if isinstance(tags, ListValue):
        keys: set[str] = set()
        for item in tags.items:
            key = item.get("Key") if isinstance(item, MapValue) else None
            if not isinstance(key, Literal):
                return None
            keys.add(str(key.value))
        return keys
    return None
