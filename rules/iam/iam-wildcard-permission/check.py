import re
from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.iam import is_read_only, needs_no_resource, permission_statements

SERVICE_WILDCARD = re.compile(r"^([a-z0-9-]+:)?\*$")


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    what = title(resource.kind)
    for statement in permission_statements(resource):
        if statement.effect != "Allow":
            continue
        actions = [a for a in statement.actions if isinstance(a, Literal) and isinstance(a.value, str)]
        wild = next((a for a in actions if SERVICE_WILDCARD.match(str(a.value))), None)
        star = next((r for r in statement.resources if isinstance(r, Literal) and r.value == "*"), None)
        if wild is not None:
            shown = star.value if star is not None else "its resources"
            yield ctx.finding(
                wild,
                {"what": what, "name": resource.name, "action": wild.value, "resource": shown},
                resource=resource,
            )
            continue
        writes = [a for a in actions if not is_read_only(str(a.value))]
        # an action that accepts only "*" (no resource-level permissions) is reported unless the
        # `allow-resourceless` option says such grants are accepted; its message says so either way
        scoped = [a for a in writes if not needs_no_resource(str(a.value))]
        write = next(iter(scoped or ([] if ctx.option("allow-resourceless") else writes)), None)
        if star is not None and write is not None:
            args = {"what": what, "name": resource.name, "action": write.value, "resource": "*"}
            variant = None if scoped else "resourceless"
            yield ctx.finding(star, args, resource=resource, variant=variant)
