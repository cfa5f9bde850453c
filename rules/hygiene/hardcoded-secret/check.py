from collections.abc import Iterator

from iacreview.model import Call, Literal, MapValue, Resource, norm_key
from iacreview.rulekit import Finding, RuleContext, title

SECRET_SUFFIXES = (
    "password",
    "passwd",
    "secret",
    "secretstring",
    "apikey",
    "token",
    "secretkey",
    "privatekey",
    "passphrase",
)
# `pulumi.secret("...")`, `pulumi.Output.secret("...")`: secret in the state, not in the code
SECRET_WRAPPERS = ("pulumi.secret", "Output.secret")
NOT_SECRETS = ("{{resolve:", "arn:", "${", "alias/")


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
            if (variant or _secret_name(entry.key)) and _looks_secret(value.value):
                args = {"key": entry.key, "what": title(resource.kind), "name": resource.name}
                yield ctx.finding(value, args, resource=resource, path=entry.key, variant=variant)


def _secret_name(key: str) -> bool:
    return norm_key(key).endswith(SECRET_SUFFIXES)


def _looks_secret(text: str) -> bool:
    return (
        len(text) >= 4
        and text.lower() not in ("true", "false", "none", "null")
        and not text.startswith(NOT_SECRETS)
    )
