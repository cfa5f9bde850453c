from collections.abc import Iterator

from iacreview.model import Key, Literal, Resource
from iacreview.rulekit import Finding, RuleContext, cdk
from iacreview.rulekit.fixes import Piece, fix, set_property

RETENTION = Key("retentionInDays")


def check(group: Resource, ctx: RuleContext) -> Iterator[Finding]:
    retention = group.prop("retentionInDays")
    days = int(ctx.option("fix-retention-days") or 30)
    keep = fix(f"Keep logs {days} days", "unsafe", [keep_days(ctx, group, days)])
    if retention is None:
        yield ctx.finding(group, {"group": group.name}, fix=keep)
    elif isinstance(retention, Literal) and retention.value in (0, None, "0"):
        yield ctx.finding(retention, {"group": group.name}, resource=group, fix=keep)


def keep_days(ctx: RuleContext, group: Resource, days: int) -> Piece:
    if group.framework == "cdk":
        return cdk.log_retention(ctx, group, days)
    return set_property(ctx, group.props, RETENTION, days)
