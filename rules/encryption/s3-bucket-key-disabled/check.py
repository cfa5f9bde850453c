from collections.abc import Iterator

from iacreview.model import Key, Literal, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, find_entries, find_values
from iacreview.rulekit.fixes import fix, map_with, set_property
from iacreview.rulekit.s3 import aws_managed, encryption_configs, kms_keys

BUCKET_KEY = Key("bucketKeyEnabled")
DEFAULTS = ("applyServerSideEncryptionByDefault", "serverSideEncryptionByDefault")


def check(bucket: Resource, ctx: RuleContext) -> Iterator[Finding]:
    configs = encryption_configs(ctx.project, bucket)
    if not any(not aws_managed(k) for k in kms_keys(configs)):
        return  # no customer-managed key: IAC103 speaks for this bucket
    if any(truthy(v) is not False for r in configs for v in find_values(r.props, "bucketKeyEnabled")):
        return
    for config in configs:
        for entry in find_entries(config.props, "sseAlgorithm"):
            if isinstance(entry.value, Literal) and entry.value.value == "aws:kms":
                # a CDK Bucket takes `bucketKeyEnabled` among its own props, not in a rule
                rule = (
                    bucket.props if config.native_type == "s3.Bucket" else map_with(config.props, *DEFAULTS)
                )
                edit = set_property(ctx, rule, BUCKET_KEY, True) if rule is not None else None
                on = fix("Enable the S3 Bucket Key", "safe", [edit])
                yield ctx.finding(entry.value, {"bucket": bucket.name}, resource=bucket, fix=on)
                return
