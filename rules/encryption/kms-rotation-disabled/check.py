from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext

SYMMETRIC = "SYMMETRIC_DEFAULT"


def check(key: Resource, ctx: RuleContext) -> Iterator[Finding]:
    spec = key.prop("keySpec") or key.prop("customerMasterKeySpec")
    if isinstance(spec, Literal) and spec.value != SYMMETRIC:
        return  # asymmetric and HMAC keys cannot rotate
    rotation = key.prop("enableKeyRotation")
    if rotation is None:
        yield ctx.finding(key, {"key": key.name})
    elif truthy(rotation) is False:
        yield ctx.finding(rotation, {"key": key.name}, resource=key)
