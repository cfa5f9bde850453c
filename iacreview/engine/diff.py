"""A semantic diff of two stacks: resources matched across them, and the settings that differ.

Two answers to one task name things differently and may be written in different frameworks, so
resources are matched by kind, then by wiring (the kinds of what they reference and of what
references them) and by the words of their names, never by name alone. A resource that configures
another of the same service (`aws.s3.bucket_versioning` of an `aws.s3.bucket`) is read as part of
it: a bucket with inline versioning matches a bucket with a versioning resource. Settings are
compared by their leaf property name, normalised (`sseAlgorithm`, `SSEAlgorithm`, `sse_algorithm`),
and only where both sides are literal: a computed value is not "different".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from iacreview.model import (
    Literal,
    MapValue,
    Project,
    Ref,
    Resource,
    Span,
    Template,
    Unknown,
    Value,
    norm_key,
)
from iacreview.model.kinds import MONITORING_KINDS
from iacreview.model.values import ListValue
from iacreview.rulekit import env_conditions, label
from iacreview.rulekit.iam import trusted_services

# free-form subtrees whose leaves are not settings to compare one by one (names, text, code,
# documents): policies are compared through what they mean (trusted services), not leaf by leaf
SKIPPED = frozenset(
    norm_key(k)
    for k in (
        "tags", "tag", "tagsAll", "description", "policy", "assumeRolePolicy", "assumeRolePolicyDocument",
        "policyDocument", "keyPolicy", "inlinePolicy", "inlinePolicies", "policies", "statement", "code",
        "userData", "dashboardBody", "body", "definition", "definitionString", "zipFile", "inlineCode",
        "handler", "environment", "variables", "containerDefinitions", "metadata", "dependsOn",
    )
)  # fmt: skip
# names, descriptions and labels differ between any two answers: not settings
FREE_TEXT = ("name", "nameprefix", "description", "label", "identifier", "hash")
# leaf names too common to compare without their parent's name (`versioning.status`)
GENERIC = frozenset(
    norm_key(k) for k in ("enabled", "status", "value", "key", "type", "mode", "days", "id", "arn", "name")
)
# settings where one value protects more than the other: (leaf, weaker values, stronger values)
STRONGER: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "ssealgorithm": (frozenset({"aes256"}), frozenset({"aws:kms", "aws:kms:dsse"})),
    "versioningconfiguration.status": (frozenset({"suspended", "disabled"}), frozenset({"enabled"})),
}
# boolean settings that protect when true
SAFER_WHEN_TRUE = frozenset(
    norm_key(k)
    for k in (
        "enableKeyRotation", "bucketKeyEnabled", "blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls",
        "restrictPublicBuckets", "deletionProtection", "storageEncrypted", "encrypted", "multiAz",
        "enableLogFileValidation", "isMultiRegionTrail", "pointInTimeRecovery", "versioned",
        "enforceSsl", "deletionProtectionEnabled",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Setting:
    """One leaf setting of a resource (with the resources read as its parts)."""

    key: str  # normalised: `ssealgorithm`, or `parent.leaf` for a generic leaf
    path: str  # as written: `rule.applyServerSideEncryptionByDefault.sseAlgorithm`
    shown: tuple[tuple[str, bool], ...]  # the values as a reader sees them: (text, whether it is code)
    values: frozenset[str]  # normalised, to compare
    span: Span
    computed: bool = False


@dataclass
class Unit:
    """A resource with its parts, as matched and compared."""

    resource: Resource
    parts: list[Resource] = field(default_factory=list)
    settings: dict[str, Setting] = field(default_factory=dict)
    wiring: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    @property
    def kind(self) -> str:
        return self.resource.kind


@dataclass(frozen=True)
class Change:
    """A setting of a matched pair that differs; `stricter` when the response's protects more."""

    key: str
    response: Setting | None
    reference: Setting
    stricter: bool = False
    hardcoded: bool = False  # a literal in the response where the reference computes the value


@dataclass
class Pair:
    response: Unit
    reference: Unit
    changes: list[Change] = field(default_factory=list)


@dataclass
class StackDiff:
    pairs: list[Pair] = field(default_factory=list)
    missing: list[Unit] = field(default_factory=list)  # in the reference only
    extra: list[Unit] = field(default_factory=list)  # in the response only


def diff(response: Project, reference: Project) -> StackDiff:
    ours, theirs = units(response), units(reference)
    result = StackDiff()
    for kind in sorted({u.kind for u in ours} | {u.kind for u in theirs}):
        mine = [u for u in ours if u.kind == kind]
        other = [u for u in theirs if u.kind == kind]
        for a, b in match(mine, other):
            result.pairs.append(Pair(a, b, changes(a, b)))
        paired = {id(p.response) for p in result.pairs} | {id(p.reference) for p in result.pairs}
        result.missing += [u for u in other if id(u) not in paired]
        result.extra += [u for u in mine if id(u) not in paired]
    return result


def units(project: Project) -> list[Unit]:
    """The project's deployed resources, each with the resources that configure it as parts."""
    parent_of: dict[str, str] = {}
    by_id = project.by_id
    for resource in project.deployed:
        for ref in resource.refs:
            target = by_id.get(ref.target)
            if target is not None and target is not resource and configures(resource.kind, target.kind):
                parent_of[resource.id] = target.id
                break
    found: dict[str, Unit] = {r.id: Unit(r) for r in project.deployed if r.id not in parent_of}
    for part_id, parent_id in parent_of.items():
        root = parent_id
        while root in parent_of:
            root = parent_of[root]
        if root in found:
            found[root].parts.append(by_id[part_id])
    for unit in found.values():
        members = [unit.resource, *unit.parts]
        unit.settings = _settings(members, project)
        unit.wiring = frozenset(_neighbour_kinds(members, project))
        unit.words = frozenset(words(unit.resource.name) | words(unit.resource.variable or ""))
    return list(found.values())


def configures(kind: str, target: str) -> bool:
    """`aws.s3.bucket_policy` configures `aws.s3.bucket`; `aws.iam.role_policy` an `aws.iam.role`."""
    return kind.startswith(target + "_")


def _neighbour_kinds(members: list[Resource], project: Project) -> Iterator[str]:
    ids = {m.id for m in members}
    for member in members:
        for ref in member.refs:
            target = project.by_id.get(ref.target)
            if target is not None and target.id not in ids:
                yield "uses " + target.kind
        for user, _ in project.referrers(member):
            if user.id not in ids:
                yield "used by " + user.kind


STOP_WORDS = frozenset(
    {"the", "my", "main", "tap", "stack", "resource", "default", "this", "self", "env", "dev", "prod"}
)


def words(name: str) -> set[str]:
    parts = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").replace("-", " ").lower().split()
    return {p for p in parts if len(p) > 1 and not p.isdigit() and p not in STOP_WORDS}


def match(mine: list[Unit], other: list[Unit]) -> list[tuple[Unit, Unit]]:
    """Pairs of one kind, best first: wiring counts most, then name words, then equal settings."""
    scored = []
    for i, a in enumerate(mine):
        for j, b in enumerate(other):
            scored.append((-_similarity(a, b), abs(i - j), i, j))
    scored.sort()
    pairs, used_mine, used_other = [], set(), set()
    for _, _, i, j in scored:
        if i not in used_mine and j not in used_other:
            used_mine.add(i)
            used_other.add(j)
            pairs.append((mine[i], other[j]))
    return sorted(pairs, key=lambda p: p[0].resource.span)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _similarity(a: Unit, b: Unit) -> float:
    shared = [k for k in a.settings if k in b.settings]
    equal = sum(1 for k in shared if a.settings[k].values == b.settings[k].values)
    return 2 * _jaccard(a.wiring, b.wiring) + _jaccard(a.words, b.words) + equal / max(len(shared), 1) / 2


# settings whose absence is a difference even between two frameworks (elsewhere an unset leaf may be
# written another way: CDK's `encryption: KMS` for CloudFormation's `SSEAlgorithm`)
ALWAYS_COMPARED = frozenset(
    {
        "trustedservices",
        "created",
        "ssealgorithm",
        "kmsmasterkeyid",
        "kmskeyid",
        "retentionindays",
        *SAFER_WHEN_TRUE,
    }
)


def changes(mine: Unit, theirs: Unit) -> list[Change]:
    same_framework = mine.resource.framework == theirs.resource.framework
    found: list[Change] = []
    for key, setting in theirs.settings.items():
        ours = mine.settings.get(key)
        if setting.computed:  # the response hard-codes what the reference computes (from config)
            if ours is not None and _hardcoded(ours):
                found.append(Change(key, ours, setting, hardcoded=True))
            continue
        if ours is None and not (same_framework or key in ALWAYS_COMPARED):
            continue
        if ours is not None and (ours.computed or ours.values == setting.values):
            continue
        found.append(Change(key, ours, setting, _stricter(key, ours, setting)))
    return found


def _hardcoded(setting: Setting) -> bool:
    """A literal value: not computed, no reference to a resource."""
    return (
        bool(setting.values)
        and not setting.computed
        and not any(v.startswith("ref:") for v in setting.values)
    )


def _stricter(key: str, ours: Setting | None, theirs: Setting) -> bool:
    if ours is None:
        return False
    leaf = key.rsplit(".", 1)[-1]
    if leaf in SAFER_WHEN_TRUE or key in SAFER_WHEN_TRUE:
        return ours.values == {"true"} and theirs.values == {"false"}
    weaker, stronger = STRONGER.get(key, STRONGER.get(leaf, (frozenset(), frozenset())))
    return bool(ours.values) and ours.values <= stronger and theirs.values <= weaker


def _settings(members: list[Resource], project: Project) -> dict[str, Setting]:
    found: dict[str, Setting] = {}
    resource = members[0]
    trust = trusted_services(resource.prop("assumeRolePolicy") or resource.prop("assumeRolePolicyDocument"))
    if trust is not None:
        names = sorted({f"{name}.amazonaws.com" for name, _ in trust[0]})
        shown = _listed([(n, True) for n in names]) or (("no service", False),)
        found["trustedservices"] = Setting(
            "trustedservices", "trusted services", shown, frozenset(names), resource.span
        )
    if resource.kind in MONITORING_KINDS:
        gates = env_conditions(resource)
        when = (
            (("only when ", False), (gates[0].display, True)) if gates else (("in every environment", False),)
        )
        gate = frozenset({gates[0].display} if gates else ())
        found["created"] = Setting(
            "created", "created", when, gate, gates[0].span if gates else resource.span
        )
    own = {m.id for m in members}
    for member in members:
        for path, leaf, parent, value in _leaves(member.props, ()):
            key = f"{parent}.{leaf}" if leaf in GENERIC and parent else leaf
            setting = _setting(key, ".".join(path), value, project, own)
            if setting is not None and key not in found:
                found[key] = setting
    return found


def _leaves(value: Value, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str, str, Value]]:
    if isinstance(value, MapValue):
        for entry in value.entries:
            key = norm_key(entry.key)
            if key not in SKIPPED and not key.endswith(FREE_TEXT):
                yield from _leaves(entry.value, (*path, entry.key))
    elif isinstance(value, ListValue) and any(isinstance(i, MapValue) for i in value.items):
        for item in value.items:
            yield from _leaves(item, path)
    elif path:
        parent = norm_key(path[-2]) if len(path) > 1 else ""
        yield path, norm_key(path[-1]), parent, value


def _setting(key: str, path: str, value: Value, project: Project, own: set[str]) -> Setting | None:
    """The setting of a leaf; None for a reference to the resource itself (a part naming its bucket)."""
    shown: list[tuple[str, bool]] = []
    values: set[str] = set()
    computed = False
    for node in _scalars(value):
        if isinstance(node, Ref) and node.target in own:
            continue
        if isinstance(node, Literal):
            text = str(node.value).lower() if isinstance(node.value, bool) else str(node.value)
            shown.append((text, True))
            values.add(text.lower())
        elif isinstance(node, Ref):
            target = project.by_id.get(node.target)
            what = label(target.kind) if target is not None else "another resource"
            shown.append((f"a reference to a {what}", False))
            values.add(f"ref:{target.kind if target is not None else '?'}")
        elif isinstance(node, Template) and node.literal_text:
            text = "".join(str(p.value) if isinstance(p, Literal) else "*" for p in node.parts)
            shown.append((text, True))
            computed = True
        else:
            if isinstance(node, Unknown) and node.text and "\n" not in node.text:
                shown.append((node.text, True))
            computed = True
    if not shown and not computed:
        return None
    return Setting(key, path, _listed(shown), frozenset(values), value.span, computed)


def _listed(items: Iterable[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """Distinct items with ", " between them, as fragments."""
    out: list[tuple[str, bool]] = []
    for item in dict.fromkeys(items):
        out += [(", ", False), item] if out else [item]
    return tuple(out)


def _scalars(value: Value) -> Iterable[Value]:
    if isinstance(value, ListValue):
        for item in value.items:
            yield from _scalars(item)
    else:
        yield value


# the area of the stack a service belongs to, to group a report: services not listed are their own
AREAS = {
    "s3": "storage", "dynamodb": "storage", "efs": "storage", "ebs": "storage", "rds": "database",
    "kms": "encryption", "secretsmanager": "secrets", "ssm": "secrets", "iam": "identity and access",
    "logs": "monitoring", "cloudwatch": "monitoring", "cloudtrail": "monitoring", "sns": "messaging",
    "sqs": "messaging", "events": "messaging", "lambda": "compute", "ecs": "compute",
    "autoscaling": "compute", "ecr": "compute", "elasticloadbalancing": "network", "lb": "network",
    "alb": "network", "apigateway": "API", "apigatewayv2": "API", "cloudfront": "network",
    "route53": "network", "wafv2": "network",
}  # fmt: skip
EC2_NETWORK = ("vpc", "subnet", "route", "gateway", "security_group", "network", "eip", "nat", "flow_log")


def area(kind: str) -> str:
    """The area of a kind: `aws.s3.bucket` -> storage; EC2's network resources are network."""
    parts = kind.split(".")
    service = parts[1] if len(parts) > 2 else kind
    if service == "ec2":
        return "network" if any(word in parts[-1] for word in EC2_NETWORK) else "compute"
    return AREAS.get(service, service)
