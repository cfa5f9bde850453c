"""`iacreview compare RESPONSE REFERENCE`: what a response gets wrong that a reference gets right.

The two stacks are diffed semantically (engine.diff): resources matched by kind, wiring and name
words. A finding of the response is shared when the reference has the same rule's finding on the
matched resource (or, for a project-level rule, anywhere); otherwise it is the response's own. Inputs
that cannot be compared are said up front: no IaC on a side, a reference that does not parse, a
reference much smaller than the response.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iacreview.engine.diff import Pair, StackDiff, Unit, diff
from iacreview.engine.runner import ScanResult
from iacreview.model import Output, Project, Ref, Resource
from iacreview.model.finding import Finding, severity_rank
from iacreview.model.span import LineIndex, innermost
from iacreview.rulekit import label

PARSE_ERROR = "IAC000"
PARTIAL = 0.5  # a reference with fewer than half the response's resources looks like an excerpt


@dataclass
class Comparison:
    stacks: StackDiff
    response: Project
    reference: Project
    response_only: list[Finding] = field(default_factory=list)
    shared: list[Finding] = field(default_factory=list)
    lacking: list[str] = field(default_factory=list)  # components and outputs the response lacks
    notes: list[str] = field(default_factory=list)  # what limits the comparison, said first
    unusable: str = ""  # why there is nothing to compare (exit status 2)
    _paired: Units | None = field(default=None, init=False, repr=False)

    def pair_of(self, finding: Finding) -> Pair | None:
        """The matched pair whose response resource (or one of its parts) `finding` is about."""
        if self._paired is None:
            self._paired = Units([p.response for p in self.stacks.pairs])
        unit = self._paired.of(finding)
        return next((p for p in self.stacks.pairs if p.response is unit), None)

    def failures(self, fail_on: str) -> int:
        """What the response gets wrong that the reference does not: its own findings at or above
        `fail_on`, resources it lacks, settings that differ (not where it is stricter), and what it
        lacks of the reference's components and outputs."""
        own = sum(1 for f in self.response_only if severity_rank(f.severity) <= severity_rank(fail_on))
        weaker = sum(1 for p in self.stacks.pairs for c in p.changes if not c.stricter)
        return own + len(self.stacks.missing) + weaker + len(self.lacking)


def compare(response: ScanResult, reference: ScanResult) -> Comparison:
    ours, theirs = merged(response.projects), merged(reference.projects)
    result = Comparison(diff(ours, theirs), ours, theirs)
    result.notes, result.unusable = input_checks(response, reference, ours, theirs)
    if result.unusable:
        return result
    if not theirs.deployed:  # nothing to compare with: the response's findings are all its own
        result.response_only = list(response.findings)
        result.stacks = StackDiff()
        return result
    partner = {id(p.response): p.reference for p in result.stacks.pairs}
    ours_units = Units([p.response for p in result.stacks.pairs] + result.stacks.extra)
    theirs_units = Units([p.reference for p in result.stacks.pairs] + result.stacks.missing)
    reference_rules = {(f.rule_id, _id(theirs_units.of(f))) for f in reference.findings}
    for finding in response.findings:
        unit = ours_units.of(finding)
        matched = partner.get(id(unit)) if unit is not None else None
        key = (finding.rule_id, _id(matched))
        if (unit is None or matched is not None) and key in reference_rules:
            result.shared.append(finding)
        else:
            result.response_only.append(finding)
    result.lacking = lacking(ours, theirs)
    return result


def input_checks(
    response: ScanResult, reference: ScanResult, ours: Project, theirs: Project
) -> tuple[list[str], str]:
    """(notes, why the comparison cannot be made or "")."""
    notes: list[str] = []
    broken = [f for f in reference.findings if f.rule_id == PARSE_ERROR]
    if broken:
        where = _where(broken[0], theirs)
        if not theirs.deployed:
            return notes, f"the reference could not be read: {where}"
        notes.append(f"part of the reference could not be read ({where}); what it holds is compared")
    if not ours.deployed and not theirs.deployed:
        return notes, "neither the response nor the reference contains IaC"
    unparsed = [f for f in response.findings if f.rule_id == PARSE_ERROR]
    if not ours.deployed and unparsed:  # a failure of the response's own, not an unusable input
        where = _where(unparsed[0], ours)
        notes.append(f"the response could not be read ({where}); the reference has {_count(theirs)}")
    elif not ours.deployed:
        notes.append(f"the response contains no IaC; the reference has {_count(theirs)}")
    elif not theirs.deployed:
        notes.append("the reference contains no IaC: the response's findings are listed, nothing is compared")
    elif len(theirs.deployed) < PARTIAL * len(ours.deployed):
        notes.append(
            f"the reference looks partial ({_count(theirs)}, the response {len(ours.deployed)}): "
            "what only the response has is not counted as a failure"
        )
    return notes, ""


def _count(project: Project) -> str:
    n = len(project.deployed)
    return f"{n} resource{'s' if n != 1 else ''}"


def _where(finding: Finding, project: Project) -> str:
    data = project.sources.get(finding.path)
    line = LineIndex(data).position(finding.span.start)[0] if data is not None else 0
    return f"{finding.path}:{line}: {finding.message}" if line else f"{finding.path}: {finding.message}"


def merged(projects: list[Project]) -> Project:
    """One project for all the answer's projects (a folder may hold several)."""
    whole = Project(root="", origin="directory")
    for project in projects:
        whole.sources.update(project.sources)
        whole.resources.extend(project.resources)
        whole.components.extend(project.components)
        whole.outputs.extend(project.outputs)
    return whole


class Units:
    """Units by the files their resources are written in, to find the one a finding is about."""

    def __init__(self, units: list[Unit]) -> None:
        self.by_file: dict[str, list[tuple[Resource, Unit]]] = {}
        for unit in units:
            for member in (unit.resource, *unit.parts):
                self.by_file.setdefault(member.file, []).append((member, unit))

    def of(self, finding: Finding) -> Unit | None:
        """The unit whose resource (or part) holds the finding: the smallest such resource's."""
        members = self.by_file.get(finding.path, ())
        return innermost(((member.span, unit) for member, unit in members), finding.span.start)


def _id(unit: Unit | None) -> int | None:
    return id(unit) if unit is not None else None


def lacking(ours: Project, theirs: Project) -> list[str]:
    found: list[str] = []
    missing = sorted({c.name for c in theirs.components} - {c.name for c in ours.components})
    mine, reference = len({c.name for c in ours.components}), len({c.name for c in theirs.components})
    if reference > mine:
        shown = ", ".join(f"`{n}`" for n in missing)
        found.append(
            f"components: the reference groups its resources in {reference} ({shown}), the response in {mine}"
        )
    exported = {ours.by_id[t].kind for t in ours.output_targets() if t in ours.by_id}
    for kind in sorted(
        {theirs.by_id[t].kind for t in theirs.output_targets() if t in theirs.by_id} - exported
    ):
        names = sorted(o.name for o in theirs.outputs if _exports(o, kind, theirs))
        found.append(
            f"stack outputs: the reference exports the {label(kind)} (`{names[0]}`), the response does not"
        )
    return found


def _exports(output: Output, kind: str, project: Project) -> bool:
    targets = (project.by_id.get(n.target) for n in output.value.walk() if isinstance(n, Ref))
    return any(r is not None and r.kind == kind for r in targets)


def resource_lines(resource: Resource, project: Project) -> tuple[int, int]:
    """The first and last line of a resource's code (blank lines after it not counted); (0, 0)
    when its file is not known."""
    data = project.sources.get(resource.file)
    if data is None:
        return 0, 0
    start, end = resource.span.start, resource.span.end
    end = start + len(data[start:end].rstrip())
    lines = LineIndex(data)
    return lines.position(start)[0], lines.position(max(end - 1, start))[0]
