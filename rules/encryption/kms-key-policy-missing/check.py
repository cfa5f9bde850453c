from collections.abc import Iterator

from iacreview.model import Resource
from iacreview.rulekit import Finding, RuleContext, attached


def check(key: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if key.prop("policy") is not None or key.prop("keyPolicy") is not None:
        return
    if attached(ctx.project, key, "aws.kms.key_policy"):
        return
    yield ctx.finding(key, {"key": key.name})
