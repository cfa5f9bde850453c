from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, find_entries, find_values
from iacreview.rulekit.s3 import aws_managed, encryption_configs, kms_keys


def check(bucket: Resource, ctx: RuleContext) -> Iterator[Finding]:
    configs = encryption_configs(ctx.project, bucket)
    if not any(not aws_managed(k) for k in kms_keys(configs)):
        return  # no customer-managed key: IAC103 speaks for this bucket
    if any(truthy(v) is not False for r in configs for v in find_values(r.props, "bucketKeyEnabled")):
        return
    for entry in (e for r in configs for e in find_entries(r.props, "sseAlgorithm")):
        if isinstance(entry.value, Literal) and entry.value.value == "aws:kms":
            yield ctx.finding(entry.value, {"bucket": bucket.name}, resource=bucket)
            return
