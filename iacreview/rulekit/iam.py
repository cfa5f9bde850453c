"""IAM policy documents as statements, whatever form they were written in.

Handles JSON objects (`JSON.stringify({...})`, CloudFormation maps), JSON text in a string literal,
and `getPolicyDocument`-style statements (`principals: [{type, identifiers}]`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from iacreview.model import ListValue, Literal, MapValue, Resource, Span, Template, Value, norm_key
from iacreview.model.values import Entry


@dataclass
class Statement:
    effect: str
    span: Span
    principals: list[tuple[str, Value]] = field(
        default_factory=list
    )  # (type, value): ("Service", "lambda...")
    actions: list[Value] = field(default_factory=list)
    resources: list[Value] = field(default_factory=list)
    has_condition: bool = False
    principal_known: bool = True
    condition: Value | None = None


def statements(policy: Value | None) -> list[Statement] | None:
    """The statements of a policy; None when the policy is not known statically."""
    if policy is None:
        return None
    found = [s for node in _documents(policy) for s in _statements_in(node)]
    return found or None


def _documents(value: Value) -> Iterator[Value]:
    for node in value.walk():
        if isinstance(node, Literal) and isinstance(node.value, str) and "Statement" in node.value:
            parsed = _parse_json(node.value, node.span)
            if parsed is not None:
                yield parsed
        elif isinstance(node, MapValue):
            yield node


def _statements_in(doc: Value) -> Iterator[Statement]:
    if not isinstance(doc, MapValue):
        return
    body = doc.get("Statement") or doc.get("statements")
    if body is None:
        return
    items = body.items if isinstance(body, ListValue) else (body,)
    for item in items:
        if isinstance(item, MapValue):
            yield _statement(item)


def _statement(item: MapValue) -> Statement:
    effect_value = item.get("Effect")
    effect = str(effect_value.value) if isinstance(effect_value, Literal) else "Allow"
    st = Statement(effect=effect, span=item.span)
    principal = item.get("Principal")
    if principal is not None:
        if isinstance(principal, MapValue):
            for entry in principal.entries:
                st.principals.extend((entry.key, v) for v in _flatten(entry.value))
        elif isinstance(principal, Literal):
            st.principals.append(("*", principal))
        else:
            st.principal_known = False
    principals = item.get("principals")
    if isinstance(principals, MapValue):  # one Terraform `principals` block
        principals = ListValue(principals.span, (principals,))
    if isinstance(principals, ListValue):
        for p in principals.items:
            if isinstance(p, MapValue):
                kind = p.get("type")
                ids = p.get("identifiers")
                kind_text = str(kind.value) if isinstance(kind, Literal) else "?"
                st.principals.extend((kind_text, v) for v in _flatten(ids))
    elif principals is not None:
        st.principal_known = False
    st.actions = _flatten(item.get("Action") or item.get("actions"))
    st.resources = _flatten(item.get("Resource") or item.get("resources"))
    st.condition = _condition(item.get("Condition") or item.get("conditions"))
    st.has_condition = st.condition is not None
    return st


def _condition(value: Value | None) -> Value | None:
    """Conditions in the JSON form `{Bool: {"aws:SecureTransport": "false"}}`, also when written as
    Terraform blocks (`condition { test = "Bool", variable = ..., values = [...] }`)."""
    blocks = value.items if isinstance(value, ListValue) else (value,) if value is not None else ()
    if not blocks or not all(isinstance(b, MapValue) and b.get("test") is not None for b in blocks):
        return value
    tests: dict[str, list[Entry]] = {}
    for block in blocks:
        assert isinstance(block, MapValue)
        test, variable = block.get("test"), block.get("variable")
        if isinstance(test, Literal) and isinstance(variable, Literal):
            values = block.get("values") or Literal(block.span, None)
            tests.setdefault(str(test.value), []).append(
                Entry(str(variable.value), block.span, _single(values))
            )
    span = blocks[0].span
    return MapValue(span, tuple(Entry(t, span, MapValue(span, tuple(e))) for t, e in tests.items()))


def _single(values: Value) -> Value:
    if isinstance(values, ListValue) and len(values.items) == 1:
        return values.items[0]
    return values


def _flatten(value: Value | None) -> list[Value]:
    if value is None:
        return []
    if isinstance(value, ListValue):
        return [v for item in value.items for v in _flatten(item)]
    return [value]


def _parse_json(text: str, span: Span) -> Value | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return _from_python(data, span)


def _from_python(data: object, span: Span) -> Value:
    if isinstance(data, dict):
        return MapValue(span, tuple(Entry(str(k), span, _from_python(v, span)) for k, v in data.items()))
    if isinstance(data, list):
        return ListValue(span, tuple(_from_python(v, span) for v in data))
    if isinstance(data, str | int | float | bool) or data is None:
        return Literal(span, data)
    return Literal(span, str(data))


def service_name(value: Value) -> str | None:
    """`lambda.amazonaws.com` -> `lambda`; templates with a literal prefix count; None if unknown."""
    text: str | None = None
    if isinstance(value, Literal) and isinstance(value.value, str):
        text = value.value
    elif isinstance(value, Template) and value.parts and isinstance(value.parts[0], Literal):
        text = str(value.parts[0].value)
    if not text:
        return None
    # a regional principal names the same service: `states.us-west-2.amazonaws.com` is `states`
    return _REGION.sub("", text.split(".amazonaws")[0].rstrip("."))


_REGION = re.compile(r"\.[a-z]{2}(?:-gov|-iso[bef]?)?-[a-z]+-\d+$")


def trusted_services(policy: Value | None) -> tuple[list[tuple[str, Value]], bool] | None:
    """(service names with their values, whether other principals are trusted too); None if unknown."""
    found = statements(policy)
    if found is None:
        return None
    services: list[tuple[str, Value]] = []
    others = False
    for st in found:
        if st.effect != "Allow":
            continue
        if not st.principal_known:
            return None
        for kind, value in st.principals:
            if norm_key(kind) == "service":
                name = service_name(value)
                if name is None:
                    return None
                services.append((name, value))
            else:
                others = True
    return services, others


def grants_service(policy: Value | None, service: str) -> bool | None:
    """Whether the policy allows the service's principal (or anyone, `*`); None when not known."""
    found = trusted_services(policy)
    if found is None:
        return None
    services, others = found
    allowed = (value for st in statements(policy) or [] if st.effect == "Allow" for _, value in st.principals)
    anyone = others and any(isinstance(value, Literal) and value.value == "*" for value in allowed)
    return anyone or any(name == service for name, _ in services)


TRUST_POLICY_KEYS = ("assumeRolePolicy", "assumeRolePolicyDocument")
KEY_POLICY_KINDS = ("aws.kms.key", "aws.kms.key_policy")
READ_PREFIXES = (
    "Get",
    "List",
    "Describe",
    "BatchGet",
    "BatchCheck",
    "Head",
    "Lookup",
    "Search",
    "View",
    "Query",
    "Scan",
    "Select",
)


def permission_statements(resource: Resource) -> list[Statement]:
    """Statements of a resource's identity and resource policies: not its trust policy, not key policies."""
    if resource.kind in KEY_POLICY_KINDS or "statement" not in resource.keys:
        return []
    trust = {id(v) for key in TRUST_POLICY_KEYS if (v := resource.prop(key)) is not None}
    found: list[Statement] = []
    for entry in resource.props.entries:
        if id(entry.value) in trust:
            continue
        found.extend(statements(entry.value) or [])
    return found


def all_statements(resource: Resource) -> list[Statement]:
    if "statement" not in resource.keys:
        return []
    return statements(resource.props) or []


def is_read_only(action: str) -> bool:
    _, _, name = action.partition(":")
    return bool(name) and name != "*" and name.startswith(READ_PREFIXES)


def needs_no_resource(action: str) -> bool:
    """An action with no resource-level permissions (`cloudwatch:PutMetricData`): `Resource: "*"` is
    the only way to grant it, so it is no wildcard to narrow."""
    from iacreview.sdkdata import actions_without_resources

    return action.lower() in actions_without_resources()
