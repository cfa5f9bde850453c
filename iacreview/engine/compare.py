"""`iacreview compare RESPONSE REFERENCE`: what a response gets wrong that a reference gets right.

Resources are matched by kind and by their role in the stack (which kinds of resources use them),
never by name: the two answers name things differently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from iacreview.engine.runner import ScanResult
from iacreview.model import Literal, Project, Resource
from iacreview.model.finding import Finding
from iacreview.model.kinds import MONITORING_KINDS
from iacreview.rulekit import env_conditions, find_values, label, literal_strings
from iacreview.rulekit.iam import trusted_services
from iacreview.rulekit.s3 import aws_managed, encryption_configs, kms_keys


@dataclass
class Difference:
    """A setting where a response resource differs from its counterpart in the reference."""

    what: str  # "Role `AppRole` trusted services"
    response: str
    reference: str
    finding: Finding  # where in the response (rule_id is informational)


@dataclass
class Comparison:
    response_only: list[Finding] = field(default_factory=list)
    shared: list[Finding] = field(default_factory=list)
    lacking: list[str] = field(default_factory=list)  # "2 KMS keys (the response has none)"
    differences: list[Difference] = field(default_factory=list)


KEY_KINDS = ("aws.kms.key", "aws.s3.bucket", "aws.iam.role", "aws.cloudwatch.alarm", "aws.logs.log_group")


def compare(response: ScanResult, reference: ScanResult) -> Comparison:
    reference_rules = {f.rule_id for f in reference.findings}
    result = Comparison(
        response_only=[f for f in response.findings if f.rule_id not in reference_rules],
        shared=[f for f in response.findings if f.rule_id in reference_rules],
    )
    ours, theirs = merged(response.projects), merged(reference.projects)
    result.lacking = lacking(ours, theirs)
    result.differences = differences(ours, theirs)
    return result


def merged(projects: list[Project]) -> Project:
    """One project for all the answer's projects (a folder may hold several)."""
    whole = Project(root="", origin="directory")
    for project in projects:
        whole.sources.update(project.sources)
        whole.resources.extend(project.resources)
        whole.components.extend(project.components)
        whole.outputs.extend(project.outputs)
    return whole


def lacking(ours: Project, theirs: Project) -> list[str]:
    found: list[str] = []
    mine, reference = Counter(r.kind for r in ours.resources), Counter(r.kind for r in theirs.resources)
    for kind in sorted(reference):
        if (kind in KEY_KINDS or kind in MONITORING_KINDS) and reference[kind] > mine[kind]:
            found.append(f"{label(kind)}: {reference[kind]} in the reference, {mine[kind]} in the response")
    missing_components = sorted({c.name for c in theirs.components} - {c.name for c in ours.components})
    if len(theirs.components) > len(ours.components):
        shown = ", ".join(f"`{n}`" for n in missing_components) or "more of them"
        counts = (
            f"{len(theirs.components)} in the reference ({shown}), {len(ours.components)} in the response"
        )
        found.append(f"components: {counts}")
    exported = {ours.by_id[t].kind for t in ours.output_targets() if t in ours.by_id}
    expected = {theirs.by_id[t].kind for t in theirs.output_targets() if t in theirs.by_id}
    for kind in sorted(expected - exported):
        found.append(f"stack outputs for the {label(kind)} (the reference exports one)")
    if len(theirs.outputs) > len(ours.outputs):
        found.append(
            f"stack outputs: {len(theirs.outputs)} in the reference, {len(ours.outputs)} in the response"
        )
    return found


def differences(ours: Project, theirs: Project) -> list[Difference]:
    found: list[Difference] = []
    kinds = sorted({kind for kind, _, _ in SETTINGS})
    for kind in kinds:
        pairs = pair(
            sorted(ours.of_kind(kind), key=_position),
            sorted(theirs.of_kind(kind), key=_position),
            ours,
            theirs,
        )
        for mine, reference in pairs:
            for setting_kind, setting, describe in SETTINGS:
                if setting_kind != kind:
                    continue
                ours_value, theirs_value = describe(mine, ours), describe(reference, theirs)
                if ours_value is not None and theirs_value is not None and ours_value != theirs_value:
                    finding = Finding(
                        "compare", "differs", "medium", mine.type_span, "", logical_path=mine.logical_path
                    )
                    what = f"{label(kind)[:1].upper()}{label(kind)[1:]} `{mine.name}`: {setting}"
                    found.append(Difference(what, ours_value, theirs_value, finding))
    return found


def pair(
    mine: list[Resource], theirs: list[Resource], ours: Project, reference: Project
) -> list[tuple[Resource, Resource]]:
    """Pair resources of one kind by their role (the kinds that use them), then in order."""
    left = list(theirs)
    pairs = []
    for resource in mine:
        role = _role(resource, ours)
        match = next((r for r in left if _role(r, reference) == role), left[0] if left else None)
        if match is not None:
            left.remove(match)
            pairs.append((resource, match))
    return pairs


def _role(resource: Resource, project: Project) -> tuple[str, ...]:
    return tuple(sorted({user.kind for user, _ in project.referrers(resource)}))


def _position(resource: Resource) -> tuple[str, int]:
    return resource.span.file, resource.span.start


def _trust(role: Resource, project: Project) -> str | None:
    trust = trusted_services(role.prop("assumeRolePolicy") or role.prop("assumeRolePolicyDocument"))
    if trust is None:
        return None
    names = sorted({name for name, _ in trust[0]})
    return ", ".join(f"`{n}.amazonaws.com`" for n in names) or "no service"


def _encryption(bucket: Resource, project: Project) -> str:
    configs = encryption_configs(project, bucket)
    algorithms = sorted(
        {
            text
            for r in configs
            for v in find_values(r.props, "sseAlgorithm")
            for text, _ in literal_strings(v)
        }
    )
    keys = kms_keys(configs)
    key = "a customer-managed key" if any(not aws_managed(k) for k in keys) else "no customer-managed key"
    shown = ", ".join(f"`{a}`" for a in algorithms) or "no default encryption"
    return f"{shown} with {key}"


def _gating(resource: Resource, project: Project) -> str:
    conditions = env_conditions(resource)
    return f"only when `{conditions[0].display}`" if conditions else "in every environment"


def _retention(group: Resource, project: Project) -> str:
    value = group.prop("retentionInDays")
    if value is None:
        return "none"
    days = [
        str(node.value) for node in value.walk() if isinstance(node, Literal) and isinstance(node.value, int)
    ]
    return f"{' or '.join(days)} days" if days else "computed"


def _rotation(key: Resource, project: Project) -> str:
    value = key.prop("enableKeyRotation")
    return "on" if isinstance(value, Literal) and value.value is True else "off"


# (kind, setting, how to describe it): the settings compared between matched resources
SETTINGS: list[tuple[str, str, Callable[[Resource, Project], str | None]]] = [
    ("aws.iam.role", "trusted services", _trust),
    ("aws.s3.bucket", "default encryption", _encryption),
    ("aws.kms.key", "automatic rotation", _rotation),
    ("aws.logs.log_group", "retention", _retention),
    *((kind, "created", _gating) for kind in sorted(MONITORING_KINDS)),
]
