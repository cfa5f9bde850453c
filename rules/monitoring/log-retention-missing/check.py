from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.rulekit import Finding, RuleContext


def check(group: Resource, ctx: RuleContext) -> Iterator[Finding]:
    retention = group.prop("retentionInDays")
    if retention is None:
        yield ctx.finding(group, {"group": group.name})
    elif isinstance(retention, Literal) and retention.value in (0, None, "0"):
        yield ctx.finding(retention, {"group": group.name}, resource=group)
