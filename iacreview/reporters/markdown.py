"""The failures report in Markdown (`iacreview report`, `check --format markdown`, `compare`).

Shaped like a reviewer's write-up: numbered failures, each with what is wrong and what is correct,
the impact, the evidence (file, line range and the code), and the corrected code, taken from the
rule's good example in the same frontend (examples are tested to pass the rule); then the
severity assessment, the corrective actions and a metrics table. Same input, same bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from iacreview.engine.catalogue import Catalogue, Rule
from iacreview.engine.compare import Comparison
from iacreview.frontends import registry
from iacreview.model.finding import SEVERITIES, Finding, severity_rank
from iacreview.model.span import LineIndex
from iacreview.reporters.escape import fence_marks, md_code, md_message, printable

MAX_EVIDENCE = 3  # occurrences shown per failure; the rest are counted
MAX_SNIPPET_LINES = 40


def fence_language(finding: Finding) -> str:
    """The fence language of the code a finding points at: its frontend's dialect."""
    frontend = registry.frontend(finding.frontend)
    if frontend is not None and frontend.language != "markdown":
        return registry.language(frontend.language).dialect
    return registry.dialect_of(finding.path)


class Writer:
    def __init__(self, catalogue: Catalogue, sources: Mapping[str, bytes]) -> None:
        self.catalogue = catalogue
        self.sources = sources
        self.indices = {path: LineIndex(data) for path, data in sources.items()}
        self.out: list[str] = []

    def add(self, *lines: str) -> None:
        self.out.extend(lines)

    def text(self) -> str:
        return "\n".join(self.out).rstrip("\n") + "\n"

    def evidence(self, finding: Finding) -> None:
        lines = self.indices.get(finding.path)
        if lines is None:
            return
        first, _ = lines.position(finding.span.start)
        last, _ = lines.position(max(finding.span.end - 1, finding.span.start))
        start, end = max(1, first - 2), min(len(lines.starts), last + 2)
        language = fence_language(finding)
        code = [lines.line_text(n) for n in range(start, end + 1)]
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        self.add(f"**Evidence** ({md_code(finding.path)}, {where}):", "", *fence(code, language), "")

    def corrected(self, rule: Rule, finding: Finding) -> None:
        frontend = registry.frontend(finding.frontend)
        language = fence_language(finding)
        suffix = frontend.example if frontend is not None else None
        example = rule.folder / "examples" / f"good.{suffix}" if suffix else None
        if example is None or not example.is_file():
            return
        code = example.read_text(encoding="utf-8").rstrip("\n").split("\n")
        if len(code) > MAX_SNIPPET_LINES:
            code = [
                *code[:MAX_SNIPPET_LINES],
                "// ..." if language != "python" and language != "hcl" else "# ...",
            ]
        self.add(
            f"**Corrected code** (`{rule.name}/examples/good.{suffix}`):", "", *fence(code, language), ""
        )

    def failure(self, number: int, rule: Rule, findings: list[Finding], heading: str = "###") -> None:
        self.add(f"{heading} {number}. {rule.summary} ({rule.id} `{rule.name}`, {findings[0].severity})", "")
        if len(findings) == 1:
            self.add(f"**Failure:** {md_message(findings[0].message)}", "")
        else:
            self.add("**Failure:**", "", *(f"- {md_message(f.message)}" for f in findings[:8]))
            if len(findings) > 8:
                self.add(f"- and {len(findings) - 8} more")
            self.add("")
        self.add(f"**Correct:** {flat(rule.docs['fix'])}", "", f"**Impact:** {flat(rule.docs['why'])}", "")
        for f in findings[:MAX_EVIDENCE]:
            self.evidence(f)
        if len(findings) > MAX_EVIDENCE:
            self.add(f"({len(findings) - MAX_EVIDENCE} more occurrences not shown.)", "")
        self.corrected(rule, findings[0])

    def assessment(self, groups: list[tuple[Rule, list[Finding]]]) -> None:
        self.add("## Failure severity assessment", "")
        number = 1
        for severity in SEVERITIES:
            items = [(r, fs) for r, fs in groups if fs[0].severity == severity]
            if not items:
                continue
            self.add(f"### {severity.capitalize()}", "")
            for rule, fs in items:
                count = f"{len(fs)} finding{'s' if len(fs) != 1 else ''}"
                self.add(f"{number}. {rule.summary} ({rule.id}, {count})")
                number += 1
            self.add("")

    def actions(self, groups: list[tuple[Rule, list[Finding]]]) -> None:
        self.add("## Corrective actions", "")
        for number, (rule, _) in enumerate(groups, 1):
            self.add(f"{number}. **{rule.summary}** ({rule.id}): {flat(rule.docs['fix'])}")
        self.add("")

    def metrics(self, findings: list[Finding], files: int, resources: int) -> None:
        by_severity = Counter(f.severity for f in findings)
        by_area = Counter(self.catalogue.by_id[f.rule_id].area for f in findings)
        self.add("## Metrics", "", "| metric | value |", "|---|---|")
        self.add(
            f"| files scanned | {files} |",
            f"| resources scanned | {resources} |",
            f"| findings | {len(findings)} |",
        )
        for severity in SEVERITIES:
            self.add(f"| {severity} findings | {by_severity[severity]} |")
        for area in sorted(by_area):
            self.add(f"| {area} findings | {by_area[area]} |")
        self.add("")


def grouped(findings: Iterable[Finding], catalogue: Catalogue) -> list[tuple[Rule, list[Finding]]]:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.rule_id, []).append(f)
    ordered = sorted(groups.items(), key=lambda item: (severity_rank(item[1][0].severity), item[0]))
    return [(catalogue.by_id[rule_id], fs) for rule_id, fs in ordered]


def report(
    findings: list[Finding],
    sources: Mapping[str, bytes],
    catalogue: Catalogue,
    paths: list[str],
    files: int,
    resources: int,
) -> str:
    w = Writer(catalogue, sources)
    groups = grouped(findings, catalogue)
    w.add("# Failures report", "", f"Reviewed: {', '.join(md_code(p) for p in paths)}.", "")
    if not groups:
        w.add("No failures found.", "")
    else:
        w.add("## Failures identified", "")
        for number, (rule, fs) in enumerate(groups, 1):
            w.failure(number, rule, fs)
        w.assessment(groups)
        w.actions(groups)
    w.metrics(findings, files, resources)
    return w.text()


def comparison(
    result: Comparison,
    sources: Mapping[str, bytes],
    catalogue: Catalogue,
    response: str,
    reference: str,
    files: int,
    resources: int,
) -> str:
    w = Writer(catalogue, sources)
    w.add("# Failures report: response compared with reference", "")
    w.add(
        f"Response: {md_code(response)}. Reference: {md_code(reference)}. "
        "Evidence lines point into the response.",
        "",
    )
    groups = grouped(result.response_only, catalogue)
    number = 1
    w.add("## Failures the reference does not have", "")
    if not groups:
        w.add("None.", "")
    for rule, fs in groups:
        w.failure(number, rule, fs)
        number += 1
    w.add("## What the reference has and the response lacks", "")
    w.add(*(f"- {md_message(item)}" for item in result.lacking) if result.lacking else ("None.",))
    w.add("")
    w.add("## Settings that differ from the reference", "")
    if not result.differences:
        w.add("None.", "")
    for difference in result.differences:
        w.add(f"### {number}. {md_message(difference.what)}", "")
        w.add(
            f"**Response:** {md_message(difference.response)}",
            "",
            f"**Reference:** {md_message(difference.reference)}",
            "",
        )
        w.evidence(difference.finding)
        number += 1
    shared = grouped(result.shared, catalogue)
    w.add("## Failures both share", "")
    if not shared:
        w.add("None.", "")
    for rule, fs in shared:
        count = f"{len(fs)} in the response"
        w.add(f"- {rule.id} `{rule.name}`: {rule.summary} ({count})")
    w.add("")
    failing = groups + shared
    if failing:
        w.assessment(failing)
        w.actions(failing)
    w.metrics(result.response_only + result.shared, files, resources)
    return w.text()


def fence(code: list[str], language: str) -> list[str]:
    """A fenced block no line of `code` can close; control characters shown escaped."""
    code = [printable(line) for line in code]
    marks = fence_marks(code)
    return [f"{marks}{language}", *code, marks]


def flat(text: object) -> str:
    return " ".join(str(text).split())
