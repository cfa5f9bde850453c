from collections.abc import Iterator

from iacreview.model import MapValue, Resource, Span
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, attached

SETTINGS = ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")


def check(bucket: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if any(ctx.project.of_kind("aws.s3.account_public_access_block")):
        return
    # (where to point, the settings): a separate block resource, or CloudFormation's inline block
    blocks: list[tuple[Span, MapValue]] = [
        (r.type_span, r.props) for r in attached(ctx.project, bucket, "aws.s3.bucket_public_access_block")
    ]
    inline = bucket.props.entry("publicAccessBlockConfiguration")
    if inline is not None and isinstance(inline.value, MapValue):
        blocks.append((inline.key_span, inline.value))
    if not blocks:
        yield ctx.finding(bucket, {"bucket": bucket.name})
        return
    for span, settings in blocks:
        values = {s: settings.get(s) for s in SETTINGS}
        if any(v is not None and truthy(v) is None for v in values.values()):
            return  # computed at run time
        off = [s for s, v in values.items() if truthy(v) is not True]
        if not off:
            return
        shown = ", ".join(f"`{s}`" for s in off)
        yield ctx.finding(
            span, {"bucket": bucket.name, "settings": shown}, resource=bucket, variant="partial"
        )
        return
