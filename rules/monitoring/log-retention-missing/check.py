from collections.abc import Iterator

from iacreview.model import Key, Literal, Resource
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.fixes import Piece, cdk_constant, fix, set_expression, set_property

RETENTION = Key("retentionInDays")
CDK_RETENTION = Key("retention")  # a CDK LogGroup's `retention: logs.RetentionDays.ONE_MONTH`


def check(group: Resource, ctx: RuleContext) -> Iterator[Finding]:
    retention = group.prop("retentionInDays")
    days = int(ctx.option("fix-retention-days") or 30)
    keep = fix(f"Keep logs {days} days", "unsafe", [keep_days(ctx, group, days)])
    if retention is None:
        yield ctx.finding(group, {"group": group.name}, fix=keep)
    elif isinstance(retention, Literal) and retention.value in (0, None, "0"):
        yield ctx.finding(retention, {"group": group.name}, resource=group, fix=keep)


def keep_days(ctx: RuleContext, group: Resource, days: int) -> Piece:
    if group.framework != "cdk":
        return set_property(ctx, group.props, RETENTION, days)
    constant = cdk_constant(ctx, group, "logs.RetentionDays", days)  # CDK takes its enum, not a number
    return set_expression(ctx, group.props, CDK_RETENTION, constant) if constant else None
