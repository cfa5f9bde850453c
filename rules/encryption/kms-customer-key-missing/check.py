from collections.abc import Iterator

from iacreview.model import Literal, Project
from iacreview.rulekit import Finding, RuleContext, find_entries
from iacreview.rulekit.s3 import aws_managed, encryption_configs, kms_keys


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    has_customer_key = any(project.of_kind("aws.kms.key"))
    for bucket in project.of_kind("aws.s3.bucket"):
        configs = encryption_configs(project, bucket)
        keys = kms_keys(configs)
        named = [v for v in keys if not aws_managed(v)]
        if not has_customer_key:
            if not named:  # a key from outside the project (parameter, literal ARN) is customer-managed
                yield ctx.finding(bucket, {"bucket": bucket.name})
            continue
        for entry in (e for r in configs for e in find_entries(r.props, "sseAlgorithm")):
            algorithm = entry.value
            if isinstance(algorithm, Literal) and str(algorithm.value).startswith("aws:kms") and not named:
                shown = next((str(v.value) for v in keys if isinstance(v, Literal)), "no key id")
                args = {"bucket": bucket.name, "key": shown}
                yield ctx.finding(algorithm, args, resource=bucket, variant="aws_managed")
