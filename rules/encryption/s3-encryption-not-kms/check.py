from collections.abc import Iterator

from iacreview.model import Resource
from iacreview.rulekit import Finding, RuleContext, find_entries, literal_strings
from iacreview.rulekit.s3 import encryption_configs

SSE_S3 = {"AES256", "S3_MANAGED"}
# where a bucket's encryption may be configured inline, in any framework
ENCRYPTION_BLOCKS = (
    "serverSideEncryptionConfiguration",
    "serverSideEncryptionConfigurations",
    "bucketEncryption",
    "encryption",
)


def check(bucket: Resource, ctx: RuleContext) -> Iterator[Finding]:
    configs = encryption_configs(ctx.project, bucket)
    algorithms = [entry for r in configs for entry in find_entries(r.props, "sseAlgorithm")]
    for entry in algorithms:
        # every value the setting may take: a literal, or a branch of `!If` / a ternary
        for text, value in literal_strings(entry.value):
            if text.upper() in SSE_S3:
                yield ctx.finding(value, {"bucket": bucket.name, "algorithm": text}, resource=bucket)
    configured = len(configs) > 1 or any(bucket.prop(key) is not None for key in ENCRYPTION_BLOCKS)
    if not algorithms and not configured:
        yield ctx.finding(bucket, {"bucket": bucket.name}, variant="missing")
