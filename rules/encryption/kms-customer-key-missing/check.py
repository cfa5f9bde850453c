from collections.abc import Iterator

from iacreview.model import Literal, Project
from iacreview.rulekit import Finding, RuleContext, attached, find_entries, find_values

AWS_MANAGED_PREFIXES = ("alias/aws/", "aws/")


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    has_customer_key = any(project.of_kind("aws.kms.key"))
    for bucket in project.of_kind("aws.s3.bucket"):
        configs = [bucket, *attached(project, bucket, "aws.s3.bucket_encryption")]
        keys = [
            v for r in configs for v in find_values(r.props, "kmsMasterKeyId", "kmsKeyId", "encryptionKey")
        ]
        named = [v for v in keys if not _aws_managed(v)]
        if not has_customer_key:
            if not named:  # a key from outside the project (parameter, literal ARN) is customer-managed
                yield ctx.finding(bucket, {"bucket": bucket.name})
            continue
        for entry in (e for r in configs for e in find_entries(r.props, "sseAlgorithm")):
            algorithm = entry.value
            if isinstance(algorithm, Literal) and str(algorithm.value).startswith("aws:kms") and not named:
                shown = next((str(v.value) for v in keys if isinstance(v, Literal)), "no key id")
                yield ctx.finding(
                    algorithm, {"bucket": bucket.name, "key": shown}, resource=bucket, variant="aws_managed"
                )


def _aws_managed(value: object) -> bool:
    return isinstance(value, Literal) and (
        value.value is None or str(value.value).startswith(AWS_MANAGED_PREFIXES)
    )
