import re
from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.iam import is_read_only, permission_statements

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
        write = next((a for a in actions if not is_read_only(str(a.value))), None)
        if star is not None and write is not None:
            yield ctx.finding(
                star,
                {"what": what, "name": resource.name, "action": write.value, "resource": "*"},
                resource=resource,
            )
