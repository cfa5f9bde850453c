from collections.abc import Iterator

from iacreview.model import Call, Literal, MapValue, Resource
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.secrets import SECRET_SUFFIXES, looks_secret, secret_name

# `pulumi.secret("...")`, `pulumi.Output.secret("...")`: secret in the state, not in the code
SECRET_WRAPPERS = ("pulumi.secret", "Output.secret")


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if resource.framework != "pulumi" and not any(key.endswith(SECRET_SUFFIXES) for key in resource.keys):
        return  # no property is named like a secret (and no `pulumi.secret` to look for)
    for node in resource.props.walk():
        if not isinstance(node, MapValue):
            continue
        for entry in node.entries:
            value, variant = entry.value, None
            if isinstance(value, Call) and value.func.endswith(SECRET_WRAPPERS) and value.args:
                value, variant = value.args[0], "wrapped"  # marked secret by the author: any name
            if not (isinstance(value, Literal) and isinstance(value.value, str)):
                continue
            if (variant or secret_name(entry.key)) and looks_secret(value.value):
                args = {"key": entry.key, "what": title(resource.kind), "name": resource.name}
                yield ctx.finding(value, args, resource=resource, path=entry.key, variant=variant)
