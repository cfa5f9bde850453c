from collections.abc import Iterator

from iacreview.model import Literal, MapValue, Resource
from iacreview.rulekit import Finding, RuleContext, attached
from iacreview.rulekit.iam import statements

SECURE_TRANSPORT = "aws:securetransport"


def check(bucket: Resource, ctx: RuleContext) -> Iterator[Finding]:
    policies = [
        r.prop("policy") or r.prop("policyDocument")
        for r in attached(ctx.project, bucket, "aws.s3.bucket_policy")
    ]
    policies.append(bucket.prop("policy"))
    for policy in policies:
        found = statements(policy)
        if found is None and policy is not None and not isinstance(policy, Literal | MapValue):
            return  # a policy built at run time: cannot tell
        for statement in found or []:
            if statement.effect == "Deny" and _denies_plain_http(statement.condition):
                return
    yield ctx.finding(bucket, {"bucket": bucket.name})


def _denies_plain_http(condition: object) -> bool:
    if not isinstance(condition, MapValue):
        return False
    for node in condition.walk():
        if isinstance(node, MapValue):
            for entry in node.entries:
                if entry.key.lower() == SECURE_TRANSPORT and isinstance(entry.value, Literal):
                    return str(entry.value.value).lower() == "false"
    return False
