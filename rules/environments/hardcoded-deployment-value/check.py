import re
from collections.abc import Iterator

from iacreview.model import ListValue, Literal, MapValue, Resource, norm_key
from iacreview.rulekit import Finding, RuleContext, title

AZ = re.compile(r"^[a-z]{2}(?:-gov)?-[a-z]+-\d[a-z]$")
AMI = re.compile(r"^ami-[0-9a-f]{8}(?:[0-9a-f]{9})?$")
# `arn:aws:<service>:<region>:<account>:...` (Lambda ARNs are left out: AWS's own accounts publish
# the layers everyone names literally)
ARN = re.compile(r"^arn:aws[a-z-]*:([a-z0-9-]+):([a-z0-9-]*):(\d{12}):")
# a principal names the account it trusts (another account, AWS's log delivery), so it is literal
PRINCIPALS = frozenset({"aws", "identifiers", "principal", "principals"})


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    for node in resource.props.walk():
        if not isinstance(node, MapValue):
            continue
        for entry in node.entries:
            items = entry.value.items if isinstance(entry.value, ListValue) else (entry.value,)
            for value in items:
                if not (isinstance(value, Literal) and isinstance(value.value, str)):
                    continue
                variant = _kind_of(value.value)
                if variant == "account" and norm_key(entry.key) in PRINCIPALS:
                    continue  # naming another account to trust is what a principal is for
                if variant is not None:
                    args = {
                        "key": entry.key,
                        "what": title(resource.kind),
                        "name": resource.name,
                        "value": value.value,
                    }
                    yield ctx.finding(value, args, resource=resource, path=entry.key, variant=variant)


def _kind_of(text: str) -> str | None:
    if AZ.match(text):
        return "zone"
    if AMI.match(text):
        return "image"
    match = ARN.match(text)
    if match and match.group(1) != "lambda":
        return "account"
    return None
