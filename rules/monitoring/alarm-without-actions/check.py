from collections.abc import Iterator

from iacreview.model import ListValue, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext

ACTIONS = ("alarmActions", "okActions", "insufficientDataActions")


def check(alarm: Resource, ctx: RuleContext) -> Iterator[Finding]:
    enabled = alarm.prop("actionsEnabled")
    if truthy(enabled) is False and enabled is not None:
        yield ctx.finding(enabled, {"alarm": alarm.name}, resource=alarm, variant="disabled")
        return
    values = [alarm.prop(key) for key in ACTIONS]
    if all(value is None or (isinstance(value, ListValue) and not value.items) for value in values):
        yield ctx.finding(alarm, {"alarm": alarm.name})
