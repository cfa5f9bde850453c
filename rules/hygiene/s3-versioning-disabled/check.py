from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, attached, find_values


def check(bucket: Resource, ctx: RuleContext) -> Iterator[Finding]:
    configs = [bucket, *attached(ctx.project, bucket, "aws.s3.bucket_versioning")]
    states = [v for r in configs for v in find_values(r.props, "status", "enabled")]
    if any(_on(v) is not False for v in states):
        return
    yield ctx.finding(bucket, {"bucket": bucket.name})


def _on(value: object) -> bool | None:
    if (
        isinstance(value, Literal)
        and isinstance(value.value, str)
        and value.value.lower() in ("enabled", "suspended", "disabled")
    ):
        return value.value.lower() == "enabled"
    return truthy(value)  # type: ignore[arg-type]
