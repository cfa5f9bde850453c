"""The failures report of `iacreview compare`: the response's own failures (written as `report`
writes them, with the reference's matching code as the corrected code where no fix applies), then
the semantic diff of the two stacks: missing resources by area with the reference's code, settings
that differ, what else the reference has, and as notes what only the response has and where it is
stricter; the failures both share last, listed, not counted."""

from __future__ import annotations

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.compare import Comparison, resource_lines
from iacreview.engine.diff import Change, Pair, Setting, Unit, area
from iacreview.model import Project
from iacreview.model.finding import Finding
from iacreview.reporters.escape import md_code, md_message, md_text
from iacreview.reporters.markdown import Writer, counted, plural, problems
from iacreview.rulekit import title


def report(
    result: Comparison,
    catalogue: Catalogue,
    response: str,
    reference: str,
    fail_on: str,
) -> str:
    w = Writer(catalogue, result.response.sources, [result.response])
    ours, theirs = len(result.response.deployed), len(result.reference.deployed)
    w.add("# Failures report: response compared with reference", "")
    w.add(
        f"Response {md_code(response)} ({counted(ours, 'resource')}); "
        f"reference {md_code(reference)} ({counted(theirs, 'resource')}).",
        "",
    )
    for note in [result.unusable] if result.unusable else result.notes:
        w.add(f"> **Note:** {md_message(note)}", "")
    if result.unusable:
        return w.text()
    stacks = result.stacks
    weaker = [(p, c) for p in stacks.pairs for c in p.changes if not c.stricter]
    stricter = [(p, c) for p in stacks.pairs for c in p.changes if c.stricter]
    failures = result.failures(fail_on)
    if not result.reference.deployed:
        found = result.response_only
        w.add(f"**{len(found)} finding{plural(found)}** (nothing to compare with).", "")
    else:
        verdict(w, result, failures, weaker, stricter)
    own = problems(result.response_only, catalogue)
    w.summary(own, result.response_only)
    numbers = {p.rule.id: n for n, p in enumerate(own, 1)}
    w.blockers(result.response_only, numbers)
    if own:
        w.add("## Failures the reference does not have", "")
        for problem in own:
            w.problem(problem, result)
    missing(w, stacks.missing, result.reference)
    settings(w, weaker, "## Settings that differ from the reference")
    if result.lacking:
        w.add("## What else the reference has", "", *(f"- {md_message(item)}" for item in result.lacking), "")
    if stacks.extra and result.reference.deployed:
        w.add("## Only in the response", "", "Not failures; resources the reference does not have:", "")
        w.add(*_by_area(stacks.extra, result.response), "")
    settings(w, stricter, "## Where the response is stricter (not failures)")
    shared(w, result.shared)
    return w.text()


def verdict(
    w: Writer,
    result: Comparison,
    failures: int,
    weaker: list[tuple[Pair, Change]],
    stricter: list[tuple[Pair, Change]],
) -> None:
    stacks = result.stacks
    w.add(
        f"**{failures} failure{'s' if failures != 1 else ''} the reference does not have:** "
        f"{len(result.response_only)} finding{plural(result.response_only)}, {len(stacks.missing)} missing "
        f"resource{plural(stacks.missing)}, {len(weaker)} setting{plural(weaker)} that differ, "
        f"{len(result.lacking)} other gap{plural(result.lacking)}. Shared with the reference: "
        f"{len(result.shared)} finding{plural(result.shared)}. Stricter than the reference: {len(stricter)}.",
        "",
    )


def missing(w: Writer, units: list[Unit], reference: Project) -> None:
    if not units:
        return
    w.add(
        "## Missing from the response", "", "Resources the reference has and the response lacks, by area:", ""
    )
    w.add(*_by_area(units, reference), "")
    for unit in units[:3]:
        w.resource_code(
            unit.resource, reference, f"**{md_text(title(unit.kind))} {md_code(unit.resource.name)}**"
        )
    if len(units) > 3:
        w.add(f"({len(units) - 3} more: their code is at the lines above.)", "")


def _by_area(units: list[Unit], project: Project) -> list[str]:
    lines = []
    for name in sorted({area(u.kind) for u in units}):
        listed = []
        for unit in (u for u in units if area(u.kind) == name):
            first, _ = resource_lines(unit.resource, project)
            at = f", line {first}" if first else ""
            listed.append(f"{md_code(unit.resource.native_type)} {md_code(unit.resource.name)}{at}")
        lines.append(f"- **{md_text(name)}**: {', '.join(listed)}")
    return lines


def settings(w: Writer, changes: list[tuple[Pair, Change]], heading: str) -> None:
    if not changes:
        return
    w.add(heading, "")
    pairs: dict[int, tuple[Pair, list[Change]]] = {}
    for pair, change in changes:
        pairs.setdefault(id(pair), (pair, []))[1].append(change)
    for pair, found in sorted(pairs.values(), key=lambda item: area(item[0].response.kind)):
        mine, theirs = pair.response.resource, pair.reference.resource
        w.heading(
            f"{md_text(area(mine.kind))}: {md_text(title(mine.kind))} {md_code(mine.name)} "
            f"(the reference's {md_code(theirs.name)})"
        )
        w.add("| setting | response | reference |", "|---|---|---|")
        for change in found:
            response = _shown(change.response, w) if change.response else "not set"
            reference = _shown(change.reference, None) or "computed"
            if change.hardcoded:
                response += ", hard-coded"
                reference = f"computed: {reference}" if change.reference.shown else reference
            w.add(f"| {md_code(change.reference.path)} | {response} | {reference} |")
        w.add("")


def shared(w: Writer, findings: list[Finding]) -> None:
    if not findings:
        return
    w.add("## Failures both share", "", "The reference has these too; listed, not counted:", "")
    for problem in problems(findings, w.catalogue):
        rule, fs = problem.rule, problem.findings
        w.add(f"- {rule.id} `{rule.name}` ({len(fs)}): {w.where(fs)}")
    w.add("")


def _shown(setting: Setting, w: Writer | None) -> str:
    text = "".join(md_code(t) if code else md_text(t) for t, code in setting.shown)
    if w is not None:
        lines = w.lines(setting.span.file)
        if lines is not None:
            text += f" (line {lines.position(setting.span.start)[0]})"
    return text
