from collections.abc import Iterator

from iacreview.model import Key, Literal, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.fixes import fix, set_property

SYMMETRIC = "SYMMETRIC_DEFAULT"
ROTATION = Key("enableKeyRotation")


def check(key: Resource, ctx: RuleContext) -> Iterator[Finding]:
    spec = key.prop("keySpec") or key.prop("customerMasterKeySpec")
    if isinstance(spec, Literal) and spec.value != SYMMETRIC:
        return  # asymmetric and HMAC keys cannot rotate
    rotation = key.prop("enableKeyRotation")
    if rotation is not None and truthy(rotation) is not False:
        return
    turn_on = fix("Enable automatic key rotation", "safe", [set_property(ctx, key.props, ROTATION, True)])
    yield ctx.finding(rotation if rotation is not None else key, {"key": key.name}, resource=key, fix=turn_on)
