import re
from collections.abc import Iterator

from iacreview.model import Call, ListValue, Literal, MapValue, Resource, norm_key
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
                if isinstance(value, Call) and value.func == "Fn::FindInMap":
                    yield from _mapped_images(resource, entry.key, value, ctx)
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


def _mapped_images(resource: Resource, key: str, lookup: Call, ctx: RuleContext) -> Iterator[Finding]:
    """`!FindInMap [RegionMap, !Ref AWS::Region, AMI]` reading AMI ids written in the template's
    mapping: one finding at the lookup, naming the ids."""
    names = [a.value if isinstance(a, Literal) else None for a in lookup.args]
    table = ctx.project.mappings.get((resource.file, str(names[0]))) if names else None
    if table is None:
        return
    attribute = names[2] if len(names) > 2 else None
    images = [
        value
        for row in table.entries
        if isinstance(row.value, MapValue)
        for column in row.value.entries
        if attribute is None or column.key == attribute
        for value in (column.value,)
        if isinstance(value, Literal) and isinstance(value.value, str) and AMI.match(value.value)
    ]
    if images:
        more = f" and {len(images) - 1} more" if len(images) > 1 else ""
        args = {"key": key, "what": title(resource.kind), "name": resource.name, "map": str(names[0])}
        shown = {**args, "value": str(images[0].value), "more": more}
        yield ctx.finding(lookup, shown, resource=resource, path=key, variant="image_mapping")
