from collections.abc import Iterator

from iacreview.model import Literal, MapValue, Resource, norm_key
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
NOT_SECRETS = ("{{resolve:", "arn:", "${", "alias/")


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if not any(key.endswith(SECRET_SUFFIXES) for key in resource.keys):
        return  # no property is named like a secret
    for node in resource.props.walk():
        if not isinstance(node, MapValue):
            continue
        for entry in node.entries:
            value = entry.value
            if not (isinstance(value, Literal) and isinstance(value.value, str)):
                continue
            if _secret_name(entry.key) and _looks_secret(value.value):
                args = {"key": entry.key, "what": title(resource.kind), "name": resource.name}
                yield ctx.finding(value, args, resource=resource, path=entry.key)


def _secret_name(key: str) -> bool:
    return norm_key(key).endswith(SECRET_SUFFIXES)


def _looks_secret(text: str) -> bool:
    return (
        len(text) >= 4
        and text.lower() not in ("true", "false", "none", "null")
        and not text.startswith(NOT_SECRETS)
    )
