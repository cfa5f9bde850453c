"""The failures report in Markdown (`iacreview report`, `check --format markdown`, `compare`).

Shaped like the best human reviews: a summary (counts, a chart GitHub renders), the deploy
blockers first, then one section per distinct problem: every place it occurs (file, line, the
resource and what uses it), the evidence shown once, and the corrected code: the diff `iacreview
fix` would apply to this code, or in `compare` the reference's matching code; never a stock example.
Long code is folded in `<details>`. Same input, same bytes.
"""

from __future__ import annotations

import difflib
import html
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from iacreview.engine.catalogue import Catalogue, Rule
from iacreview.engine.compare import Comparison, resource_lines
from iacreview.engine.diff import configures
from iacreview.frontends import registry
from iacreview.model import MapValue, Project, Resource, Value
from iacreview.model.finding import SEVERITIES, Finding, severity_rank
from iacreview.model.fix import Edit, Safety, apply_edits, overlaps
from iacreview.model.span import LineIndex, innermost
from iacreview.reporters.escape import fence_marks, md_code, md_message, md_text, printable
from iacreview.rulekit import label

SHOWN_PLACES = 6  # places listed per problem; the rest are counted, with their lines
FOLD_LINES = 12  # code longer than this is folded in <details>
MAX_CODE_LINES = 60  # and cut after this many lines


def fence_language(finding: Finding) -> str:
    """The fence language of the code a finding points at: its frontend's dialect."""
    return _dialect(finding.frontend, finding.path)


def _dialect(frontend_id: str, path: str) -> str:
    frontend = registry.frontend(frontend_id)
    if frontend is not None and frontend.language != "markdown":
        return registry.language(frontend.language).dialect
    return registry.dialect_of(path)


@dataclass
class Problem:
    """The findings of one rule: one section of the report."""

    rule: Rule
    findings: list[Finding]

    @property
    def severity(self) -> str:
        return min((f.severity for f in self.findings), key=severity_rank)


class Writer:
    def __init__(
        self, catalogue: Catalogue, sources: Mapping[str, bytes], projects: Iterable[Project]
    ) -> None:
        self.catalogue = catalogue
        self.sources = sources
        self.projects = list(projects)
        self.resources: dict[str, list[tuple[Resource, Project]]] = {}  # by file, to find a finding's
        for project in self.projects:
            for resource in project.resources:
                self.resources.setdefault(resource.file, []).append((resource, project))
        self.indices: dict[str, LineIndex] = {}
        self.out: list[str] = []
        self.number = 0
        self.shown_edits: dict[Edit, int] = {}  # edits a fix diff showed, and the section showing it
        self.shown_code: dict[tuple[str, int, int], int] = {}  # (file, first line, last line) -> section
        # one file reviewed: places are its lines, the file is named once
        self.one_file = len({*sources} | {p for project in self.projects for p in project.sources}) == 1

    def add(self, *lines: str) -> None:
        self.out.extend(lines)

    def text(self) -> str:
        return "\n".join(self.out).rstrip("\n") + "\n"

    def lines(self, path: str) -> LineIndex | None:
        if path not in self.indices and path in self.sources:
            self.indices[path] = LineIndex(self.sources[path])
        return self.indices.get(path)

    def line(self, finding: Finding) -> int:
        lines = self.lines(finding.path)
        return lines.position(finding.span.start)[0] if lines is not None else 0

    def heading(self, text: str) -> None:
        self.number += 1
        self.add(f"### {self.number}. {text}", "")

    # the summary ------------------------------------------------------------------------------

    def summary(self, problems: list[Problem], findings: list[Finding]) -> None:
        if not findings:
            return
        by_severity = Counter(f.severity for f in findings)
        fixable = sum(1 for f in findings if f.fixable)
        counts = ", ".join(f"{by_severity[s]} {s}" for s in SEVERITIES if by_severity[s])
        blockers = sum(1 for f in findings if f.blocks_deploy)
        blocking = f"; {blockers} block{'s' if blockers == 1 else ''} the deploy" if blockers else ""
        self.add(
            f"**{len(findings)} finding{plural(findings)}** in {len(problems)} problem{plural(problems)}: "
            f"{counts}{blocking}; {fixable} fixable by `iacreview fix`.",
            "",
        )
        if len(by_severity) > 1:
            self.add("```mermaid", "pie showData title Findings by severity")
            self.add(*(f'    "{s}" : {by_severity[s]}' for s in SEVERITIES if by_severity[s]), "```", "")
        self.add("| rule | problem | severity | area | findings | fixable |", "|---|---|---|---|---|---|")
        for problem in problems:
            rule, fs = problem.rule, problem.findings
            fixed = sum(1 for f in fs if f.fixable)
            cells = [rule.id, md_text(rule.summary), problem.severity, rule.area, str(len(fs)), str(fixed)]
            self.add(f"| {' | '.join(cells)} |")
        self.add("")

    def blockers(self, findings: list[Finding], numbers: Mapping[str, int]) -> None:
        blocking = [f for f in findings if f.blocks_deploy]
        if not blocking:
            return
        self.add("## Deploy blockers", "")
        by_rule: dict[str, list[Finding]] = {}
        for f in blocking:
            by_rule.setdefault(f.rule_id, []).append(f)
        for rule_id, found in by_rule.items():  # one line per problem: the first place, the others counted
            first, rest = found[0], found[1:]
            more = f"; {len(rest)} more: {self.where(rest)}" if rest else ""
            see = f" (see {numbers[rule_id]})" if rule_id in numbers else ""
            self.add(f"- {self.place(first)}: {md_message(first.message)}{more}{see}")
        self.add("")

    # one problem -------------------------------------------------------------------------------

    def problem(self, problem: Problem, counterpart: Comparison | None = None) -> None:
        """The problem's places, why it matters, and its corrected code: the fix's diff, else the
        reference's code, else the evidence and what the rule asks for. A low-severity problem is
        its places only."""
        rule, findings = problem.rule, problem.findings
        self.heading(f"{md_text(rule.summary)} ({rule.id} `{rule.name}`, {problem.severity})")
        for f in findings[:SHOWN_PLACES]:
            severity = f" [{f.severity}]" if f.severity != problem.severity else ""
            self.add(f"- {self.place(f)}{severity}: {md_message(f.message)}{self.usage(f)}")
        if len(findings) > SHOWN_PLACES:
            rest = findings[SHOWN_PLACES:]
            self.add(f"- {len(rest)} more: {self.where(rest)}")
        self.add("")
        if problem.severity == "low":
            self.add(f"**Correct:** {flat(rule.docs['fix'])}", "")
            return
        self.add(f"**Why it matters:** {first_sentence(rule.docs['why'])}", "")
        if self.fix_diff(findings[:SHOWN_PLACES]):
            more = sum(1 for f in findings[SHOWN_PLACES:] if f.fixable)
            if more:
                self.add(f"`iacreview fix` fixes {more} more of these places.", "")
            return
        self.evidence(findings[0])
        if not (counterpart and self.reference_code(findings[0], counterpart)):
            self.add(f"**Correct:** {flat(rule.docs['fix'])}", "")

    def place(self, f: Finding) -> str:
        line = self.line(f)
        if self.one_file and line:
            return f"line {line}"
        return md_code(f"{f.path}:{line}" if line else f.path)

    def where(self, findings: list[Finding]) -> str:
        by_file: dict[str, list[int]] = {}
        for f in findings:
            by_file.setdefault(f.path, []).append(self.line(f))
        shown = []
        for path, numbers in by_file.items():
            distinct = sorted(set(numbers))
            lines = f"line{'s' if len(distinct) > 1 else ''} {', '.join(str(n) for n in distinct)}"
            shown.append(lines if self.one_file else f"{md_code(path)} {lines}")
        return "; ".join(shown)

    def usage(self, finding: Finding) -> str:
        """What uses the resource a finding is about, and through which property: why it matters
        for this one (a bucket that receives another's access logs)."""
        if self.catalogue.by_id[finding.rule_id].scope != "resource":
            return ""  # a finding about the stack, even where it points at a resource
        candidates = self.resources.get(finding.path, ())
        found = innermost(((r.span, (r, p)) for r, p in candidates), finding.span.start)
        if found is None:
            return ""
        resource, project = found
        users: dict[tuple[str, str], str] = {}
        for user, ref in project.referrers(resource):
            # not what configures it (a bucket's encryption), nor what the message names already
            if not configures(user.kind, resource.kind) and f"`{user.name}`" not in finding.message:
                users.setdefault((label(user.kind), user.name), key_path(user.props, ref))
        if not users:
            return ""
        shown = ", ".join(
            f"{kind} {md_code(name)}" + (f" through {md_code(path)}" if path else "")
            for (kind, name), path in sorted(users.items())[:3]
        )
        more = f" and {len(users) - 3} more" if len(users) > 3 else ""
        return f" (used by {shown}{more})"

    def evidence(self, finding: Finding) -> None:
        lines = self.lines(finding.path)
        if lines is None:
            return
        first, _ = lines.position(finding.span.start)
        last, _ = lines.position(max(finding.span.end - 1, finding.span.start))
        start, end = max(1, first - 1), min(len(lines.starts), last + 1)
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        self.excerpt("**Evidence**", finding.path, lines, (start, end), where, fence_language(finding))

    def fix_diff(self, findings: list[Finding]) -> bool:
        """The diff the findings' fixes make to this code; False when none of them has one. Edits
        an earlier section showed are not shown again: that section is named instead."""
        chosen: list[Edit] = []
        safeties: set[Safety] = set()
        for f in findings:
            if f.fix is None or not f.fix.edits or any(overlaps(e, c) for e in f.fix.edits for c in chosen):
                continue
            chosen.extend(f.fix.edits)
            safeties.add(f.fix.safety)
        if not chosen:
            return False
        earlier = sorted({self.shown_edits[e] for e in chosen if e in self.shown_edits})
        new = [e for e in chosen if e not in self.shown_edits]
        if not new:
            self.add(f"**Fix:** the diff of {', '.join(str(n) for n in earlier)} fixes this too.", "")
            return True
        diff: list[str] = []
        for path in dict.fromkeys(e.span.file for e in new):
            data = self.sources.get(path)
            if data is None:
                continue
            after = apply_edits(data, [e for e in new if e.span.file == path])
            before_lines = data.decode("utf-8", "replace").splitlines()
            after_lines = after.decode("utf-8", "replace").splitlines()
            diff += difflib.unified_diff(before_lines, after_lines, path, path, n=1, lineterm="")
        if not diff:
            return False
        self.shown_edits.update({e: self.number for e in new})
        if Safety.DISPLAY_ONLY in safeties and len(safeties) == 1:
            how = "suggested; `iacreview fix` does not apply it"
        elif Safety.UNSAFE in safeties:
            how = "`iacreview fix --unsafe`: it changes what is deployed"
        else:
            how = "`iacreview fix`"
        also = f"; with the diff of {', '.join(str(n) for n in earlier)}" if earlier else ""
        self.code(f"**Fix** ({how}{also}):", diff, "diff")
        return True

    def reference_code(self, finding: Finding, comparison: Comparison) -> bool:
        """The reference's code for the resource matched with the finding's: the corrected code."""
        pair = comparison.pair_of(finding)
        if pair is None:
            return False
        kinds = {part.kind for part in pair.response.parts}  # show the reference's parts the response lacks
        theirs = pair.reference
        for resource in (theirs.resource, *(p for p in theirs.parts if p.kind not in kinds)):
            self.resource_code(resource, comparison.reference, "**In the reference**")
        return True

    def resource_code(self, resource: Resource, project: Project, title: str) -> None:
        first, last = resource_lines(resource, project)
        data = project.sources.get(resource.file)
        if not first or data is None:
            return
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        language = _dialect(resource.frontend, resource.file)
        self.excerpt(title, resource.file, LineIndex(data), (first, last), where, language)

    def excerpt(
        self, title: str, path: str, lines: LineIndex, shown: tuple[int, int], where: str, language: str
    ) -> None:
        """Lines `shown` of a file under `title`; once: shown again, the earlier section is named."""
        earlier = self.shown_code.get((path, *shown))
        if earlier is not None:
            self.add(f"{title}: {md_code(path)}, {where}, shown in {earlier}.", "")
            return
        self.shown_code[(path, *shown)] = self.number
        code = [lines.line_text(n) for n in range(shown[0], shown[1] + 1)]
        self.code(f"{title} ({md_code(path)}, {where}):", code, language)

    def code(self, title: str, code: list[str], language: str) -> None:
        if len(code) > MAX_CODE_LINES:
            cut = len(code) - MAX_CODE_LINES
            code = [
                *code[:MAX_CODE_LINES],
                f"{'#' if language in ('python', 'hcl', 'yaml', 'diff') else '//'} ... {cut} more lines",
            ]
        if len(code) > FOLD_LINES:
            summary = title.replace("**", "").replace("`", "").rstrip(":")
            self.add(
                "<details>",
                f"<summary>{html.escape(printable(summary))}</summary>",
                "",
                *fence(code, language),
                "",
                "</details>",
                "",
            )
        else:
            self.add(title, "", *fence(code, language), "")


def key_path(value: Value, node: Value, path: tuple[str, ...] = ()) -> str:
    """The property path (`LoggingConfiguration.DestinationBucketName`) under which `node` is
    written in `value`, "" when it is not under a property."""
    if value is node:
        return ".".join(path)
    if isinstance(value, MapValue):
        for entry in value.entries:
            if entry.value.span.start <= node.span.start <= entry.value.span.end:
                found = key_path(entry.value, node, (*path, entry.key))
                if found:
                    return found
    for child in value.children():
        if not isinstance(value, MapValue) and child.span.start <= node.span.start <= child.span.end:
            found = key_path(child, node, path)
            if found:
                return found
    return ""


def problems(findings: Iterable[Finding], catalogue: Catalogue) -> list[Problem]:
    """Findings grouped by rule, the worst first, then by rule id."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.rule_id, []).append(f)
    found = [Problem(catalogue.by_id[rule_id], fs) for rule_id, fs in groups.items()]
    return sorted(found, key=lambda p: (severity_rank(p.severity), p.rule.id))


def shown_fixes(findings: list[Finding], catalogue: Catalogue) -> list[Finding]:
    """The findings whose fixes a report shows as diffs: those among each problem's listed places."""
    return [f for p in problems(findings, catalogue) for f in p.findings[:SHOWN_PLACES] if f.fix is not None]


def report(
    findings: list[Finding],
    sources: Mapping[str, bytes],
    catalogue: Catalogue,
    paths: list[str],
    files: int,
    resources: int,
    projects: Iterable[Project] = (),
) -> str:
    w = Writer(catalogue, sources, projects)
    found = problems(findings, catalogue)
    w.add("# Failures report", "")
    shown = ", ".join(md_code(p) for p in paths)
    w.add(f"Reviewed {shown}: {counted(files, 'file')}, {counted(resources, 'resource')}.", "")
    if not found:
        w.add("No failures found.", "")
        return w.text()
    w.summary(found, findings)
    numbers = {p.rule.id: n for n, p in enumerate(found, 1)}
    w.blockers(findings, numbers)
    w.add("## Failures", "")
    for problem in found:
        w.problem(problem)
    return w.text()


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def plural(items: object) -> str:
    return "" if len(items) == 1 else "s"  # type: ignore[arg-type]


def fence(code: list[str], language: str) -> list[str]:
    """A fenced block no line of `code` can close; control characters shown escaped."""
    code = [printable(line) for line in code]
    marks = fence_marks(code)
    return [f"{marks}{language}", *code, marks]


def flat(text: object) -> str:
    return " ".join(str(text).split())


def first_sentence(text: object) -> str:
    words = flat(text)
    end = words.find(". ")
    return words if end < 0 else words[: end + 1]
