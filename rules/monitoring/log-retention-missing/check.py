from collections.abc import Iterator

from iacreview.model import Key, Literal, Resource
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.fixes import fix, set_property

RETENTION = Key("retentionInDays")


def check(group: Resource, ctx: RuleContext) -> Iterator[Finding]:
    retention = group.prop("retentionInDays")
    days = int(ctx.option("fix-retention-days") or 30)
    keep = fix(f"Keep logs {days} days", "unsafe", [set_property(ctx, group.props, RETENTION, days)])
    if retention is None:
        yield ctx.finding(group, {"group": group.name}, fix=keep)
    elif isinstance(retention, Literal) and retention.value in (0, None, "0"):
        yield ctx.finding(retention, {"group": group.name}, resource=group, fix=keep)
