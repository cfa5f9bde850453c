"""Run a scan: discover projects, read them through their frontends, run the enabled rules."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from iacreview.engine.cache import Cache, decode, encode, fingerprint
from iacreview.engine.catalogue import Catalogue, Rule
from iacreview.engine.config import Config
from iacreview.engine.discover import ProjectSpec, SourceFile, discover
from iacreview.engine.suppress import INVALID_SUPPRESSION, apply, comment_suppressions
from iacreview.frontends import registry
from iacreview.frontends.base import ProjectBuilder, SourceUnit
from iacreview.frontends.manifests import versions_from
from iacreview.model import Project, ProjectLayout, Span, Suppression
from iacreview.model.finding import Finding
from iacreview.rulekit.context import RuleContext

PARSE_ERROR = "IAC000"


@dataclass
class ScanResult:
    findings: list[Finding] = field(default_factory=list)
    files_scanned: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)  # the input errors first, then notes
    projects: list[Project] = field(default_factory=list)
    internal_errors: int = 0
    input_errors: int = 0  # paths named that do not exist or cannot be read
    skipped: list[dict[str, str]] = field(default_factory=list)  # named files that are not IaC
    notes: list[dict[str, str]] = field(default_factory=list)  # IaC code that yielded no resource
    sources: dict[str, bytes] = field(default_factory=dict)  # the text of every file with a finding
    scanned: list[str] = field(default_factory=list)  # every file read as IaC
    real_paths: dict[str, Path] = field(default_factory=dict)  # shown path -> the file on disk
    # files with a parse error, whether or not IAC000 is selected: `fix` never edits them
    unparsable: set[str] = field(default_factory=set)


MIN_PARALLEL = 8  # fewer projects than this are faster to scan in this process
_WORK: tuple[Scanner, list[ProjectSpec]] | None = None  # what forked workers scan (inherited, not pickled)


@dataclass
class Outcome:
    findings: list[Finding] = field(default_factory=list)
    project: Project | None = None
    errors: list[dict[str, str]] = field(default_factory=list)  # internal errors, one per file
    cacheable: bool = True
    unparsable: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)  # files read and found not IaC
    notes: list[dict[str, str]] = field(default_factory=list)  # what was read but yielded nothing


def _work(index: int) -> Outcome:
    assert _WORK is not None
    scanner, specs = _WORK
    return scanner.scan_one(specs[index])


def _content_key(spec: ProjectSpec) -> str:
    """A project's identity for Scanner.memo: its files (which of them are reported) and manifests."""
    parts = [b"reported" if f.reported else b"context" for f in spec.files]
    for path, data in [*((f.path, f.data) for f in spec.files), *_manifest_contents(spec)]:
        parts += [path.encode(), data]
    return fingerprint([spec.root.encode(), *parts])


def _manifest_contents(spec: ProjectSpec) -> list[tuple[str, bytes]]:
    contents = []
    for manifest in spec.manifests:
        with contextlib.suppress(OSError):
            contents.append((str(manifest), manifest.read_bytes()))
    return contents


@dataclass
class Scanner:
    catalogue: Catalogue
    config: Config = field(default_factory=Config)
    select: list[str] | None = None
    ignore: list[str] | None = None
    today: date = field(default_factory=date.today)
    keep_projects: bool = False
    jobs: int = 1
    cache: Cache | None = None
    # outcomes of projects this scanner has seen, by content: `fix` rescans after every pass, and a
    # project none of whose files changed is not scanned again (None: every scan starts afresh)
    memo: dict[str, Outcome] | None = None
    respect_gitignore: bool = True
    # read the rest of a passed file's project for cross-file facts (off for a folder of independent
    # files, as a rule's examples are)
    project_context: bool = True

    def __post_init__(self) -> None:
        enabled = set(self.config.enabled(self.catalogue, self.select, self.ignore))
        self.rules = [r for r in self.catalogue.rules if r.id in enabled]
        self.by_kind: dict[str, list[Rule]] = {}
        for rule in self.rules:
            if rule.scope == "resource":
                for kind in rule.applies_to or ("*",):
                    self.by_kind.setdefault(kind, []).append(rule)

    def scan(
        self,
        paths: list[str],
        progress: Callable[[int, int], None] | None = None,
        overrides: dict[Path, bytes] | None = None,
        stdin: tuple[str, bytes] | None = None,
    ) -> ScanResult:
        """Scan `paths`; `overrides` gives the text of files being fixed, in place of what is on disk;
        `stdin` the path and text of the code read for the path `-`."""
        config = self.config
        found = discover(
            paths,
            lambda path: any(config.matches(path, p) for p in config.exclude),
            overrides,
            stdin,
            self.respect_gitignore,
            self.project_context,
        )
        result = ScanResult(
            errors=[*found.errors, *found.skipped],
            input_errors=len(found.errors),
            skipped=list(found.skipped),
        )
        for source, reason in found.unreadable:
            result.findings.extend(self._parse_error(Span(source.path, 0, 0), reason))
            result.unparsable.add(source.path)
            result.files_scanned += 1
        outcomes = self._outcomes(found.projects, progress)
        for spec, outcome in zip(found.projects, outcomes, strict=True):
            reported = [s.path for s in spec.files if s.reported]
            result.files_scanned += len(reported)
            result.scanned.extend(reported)
            result.real_paths.update((s.path, s.real) for s in spec.files)
            result.internal_errors += len(outcome.errors)
            result.errors.extend(outcome.errors)
            result.skipped.extend(outcome.skipped)
            result.notes.extend(outcome.notes)
            result.errors.extend([*outcome.skipped, *outcome.notes])
            result.findings.extend(outcome.findings)
            result.unparsable.update(outcome.unparsable)
            data = {s.path: s.data for s in spec.files}
            for path in sorted({f.path for f in outcome.findings}):
                if path in data:
                    result.sources[path] = data[path]
                else:  # the project's root marker (IAC901) is not one of the scanned files
                    with contextlib.suppress(OSError):
                        result.sources[path] = Path(path).read_bytes()
            if outcome.project is not None:
                result.projects.append(outcome.project)
        result.findings = finalize(result.findings)
        return result

    def _outcomes(
        self, specs: list[ProjectSpec], progress: Callable[[int, int], None] | None
    ) -> list[Outcome]:
        """Each project's outcome: from the cache, from worker processes, or scanned here."""
        outcomes: list[Outcome | None] = [None] * len(specs)
        keys: dict[int, str] = {}
        cache = None if self.keep_projects else self.cache
        for index, spec in enumerate(specs):
            if cache is not None:
                keys[index] = cache.key([(f.path, f.data) for f in spec.files], _manifest_contents(spec))
                entry = cache.get(keys[index])
                cached = decode(entry.get("findings"), {f.path for f in spec.files}) if entry else None
                if cached is not None:
                    outcomes[index] = Outcome(findings=cached)
        seen: dict[int, str] = {}
        if self.memo is not None:
            for index, spec in enumerate(specs):
                seen[index] = _content_key(spec)
                if outcomes[index] is None and seen[index] in self.memo:
                    outcomes[index] = self.memo[seen[index]]
        todo = [i for i, outcome in enumerate(outcomes) if outcome is None]
        # progress counts files, as the summary does (a program folder is one project of many files)
        total = sum(_reported(spec) for spec in specs)
        done = total - sum(_reported(specs[i]) for i in todo)
        if self.jobs > 1 and len(todo) >= MIN_PARALLEL and not self.keep_projects:
            global _WORK
            _WORK = (self, specs)
            context = multiprocessing.get_context("fork")
            with context.Pool(min(self.jobs, len(todo))) as pool:
                chunk = max(1, len(todo) // (self.jobs * 8))
                for index, outcome in zip(todo, pool.imap(_work, todo, chunksize=chunk), strict=True):
                    outcomes[index] = outcome
                    done += _reported(specs[index])
                    if progress is not None:
                        progress(done, total)
            _WORK = None
        else:
            for index in todo:
                outcomes[index] = self.scan_one(specs[index])
                done += _reported(specs[index])
                if progress is not None:
                    progress(done, total)
        if cache is not None:
            for index in todo:
                fresh = outcomes[index]
                if fresh is not None and not fresh.errors and fresh.cacheable:
                    cache.put(keys[index], {"findings": encode(fresh.findings)})
        if self.memo is not None:
            self.memo.update((seen[i], o) for i in todo if (o := outcomes[i]) is not None)
        return [o if o is not None else Outcome() for o in outcomes]

    def scan_one(self, spec: ProjectSpec) -> Outcome:
        try:
            project, findings = self.scan_project(spec)
        except Exception as exc:  # a bug of ours, or input beyond our limits: the run goes on
            return self._isolate(spec, exc)
        # a project whose rules read the folder around it (IAC901) depends on more than its files
        kept = project if self.keep_projects else None
        skipped = [
            {"path": path, "message": f"skipped: {why}"} for path, why in sorted(project.skipped.items())
        ]

        reported = {s.path for s in spec.files if s.reported}
        project_notes = _silent_programs(spec, project) + [
            {"path": span.file, "message": f"line {_line(project, span)}: {message}"}
            for span, message in project.notes
            if span.file in reported
        ]
        return Outcome(
            findings,
            kept,
            cacheable=project.layout is None and not skipped and not project_notes,
            unparsable=sorted(project.unparsable),
            skipped=skipped,
            notes=project_notes,
        )

    def _isolate(self, spec: ProjectSpec, exc: Exception) -> Outcome:
        """After a failure, find the files to blame by reading each alone; the project is then
        reviewed without them. A file nested past Python's recursion limit gets IAC000; another
        failure is an internal error of that file. So one file never costs the others' findings."""
        culprits: dict[str, Exception] = {}
        if len(spec.files) > 1:
            for source in spec.files:
                try:
                    self.scan_project(replace(spec, files=[source], walked=False))
                except Exception as alone:
                    culprits[source.path] = alone
        if not culprits:  # not one file's doing (or the only file): the project fails as a whole
            culprits = {spec.files[0].path if spec.files else spec.root: exc}
        outcome = Outcome(cacheable=False)
        rest = [s for s in spec.files if s.path not in culprits]
        if rest and len(rest) < len(spec.files):
            outcome = self.scan_one(replace(spec, files=rest))
            outcome.cacheable = False
        for path, error in sorted(culprits.items()):
            outcome.unparsable.append(path)
            if isinstance(error, RecursionError):
                span = Span(path, 0, 0)
                outcome.findings.extend(self._parse_error(span, "nested too deep to read"))
            else:
                outcome.errors.append({"path": path, "message": _internal_error(error)})
        return outcome

    def scan_project(self, spec: ProjectSpec) -> tuple[Project, list[Finding]]:
        builder = ProjectBuilder(spec.root, spec.origin, registry.FRONTEND_IDS)
        findings: list[Finding] = []
        versions: dict[str, str] = {}
        for manifest in spec.manifests:
            with contextlib.suppress(OSError):
                text = manifest.read_text(encoding="utf-8", errors="replace")
                versions.update(versions_from(manifest.name, text))
        units: dict[str, list[SourceUnit]] = {}
        for source in spec.files:
            unreadable = _unreadable(source.path, source.data, source.language != "markdown")
            if unreadable is not None:
                findings.extend(self._parse_error(*unreadable))
                builder.project.unparsable.add(source.path)
                continue
            builder.add_source(source.path, source.data)
            if source.language == "markdown":
                findings.extend(self._markdown_units(source, units, versions))
            else:
                units.setdefault(source.language, []).append(SourceUnit(source.path, source.data))
        self._load(units, builder)
        project = builder.build()
        # pins written in the code (Terraform required_providers) < manifests < configuration
        project.provider_versions = {**project.provider_versions, **versions, **self.config.provider_versions}
        scanned = {s.path for s in spec.files if s.reported}  # context files are read, not reported
        if spec.origin == "directory":
            project.entry_points = _entry_points(spec)
        if spec.origin == "directory" and spec.walked:
            project.layout = self._layout(Path(spec.root), project)
            if project.layout is not None:
                scanned.add(project.layout.marker.file)
        for problem in builder.problems:
            findings.extend(self._parse_error(problem.span, problem.message))
        project.unparsable |= {problem.span.file for problem in builder.problems}
        findings.extend(self.run_rules(project))
        # a file that does not parse is never edited, so nothing in it is offered as fixable
        findings = [
            replace(f, fix=None, fixable=False) if f.fix is not None and f.path in project.unparsable else f
            for f in findings
        ]
        findings = [f for f in findings if f.path in scanned]
        suppressions = list(project.suppressions)
        for path in sorted(scanned):
            suppressions.extend(comment_suppressions(path, project.sources.get(path, b"")))
        outcome = apply(findings, suppressions, self.catalogue, {r.id for r in self.rules})
        findings = outcome.kept + self._suppression_problems(outcome.problems)
        return project, [
            f for f in findings if f.rule_id not in self.config.ignored_in(f.path, self.catalogue)
        ]

    def _layout(self, root: Path, project: Project) -> ProjectLayout | None:
        from iacreview.engine.layout import MARKERS, layout_of

        marker = next((root / m for m in MARKERS if (root / m).is_file()), None)
        if marker is None:
            return None
        shown = os.path.relpath(marker)
        shown = shown if not shown.startswith("..") else str(marker)
        with contextlib.suppress(OSError):
            project.sources[shown] = marker.read_bytes()
        return layout_of(root, shown)

    def _suppression_problems(self, problems: list[tuple[Suppression, str, str]]) -> list[Finding]:
        rule = self.catalogue.by_id.get(INVALID_SUPPRESSION)
        if rule is None or rule not in self.rules:
            return []
        severity = self.config.severity.get(rule.id, rule.severity)
        found = []
        for suppression, variant, rules in problems:
            message = rule.messages[variant].format(rules=rules)
            args = (("rules", rules), ("variant", variant))
            found.append(Finding(rule.id, rule.name, severity, suppression.span, message, False, "", args))
        return found

    def _markdown_units(
        self, source: SourceFile, units: dict[str, list[SourceUnit]], versions: dict[str, str]
    ) -> list[Finding]:
        """Adds the document's code blocks to `units`; returns IAC000 for blocks that are not text
        (the prose around them may be in any encoding: only code is read)."""
        from iacreview.frontends.markdown import blocks, is_test

        problems = []
        for block in blocks(source.path, source.data):
            name = block.unit.name
            if name and is_test(name):
                continue
            text = block.unit.text
            unreadable = _unreadable(source.path, text, True, block.unit.base)
            if unreadable is not None:
                problems.extend(self._parse_error(*unreadable))
                continue
            if block.language == "manifest" or (block.language == "json" and b'"dependencies"' in text):
                versions.update(
                    versions_from(_manifest_kind(name, block.language), text.decode("utf-8", "replace"))
                )
                continue
            language = registry.in_block(block.language, text)
            if language is not None:
                units.setdefault(language.id, []).append(block.unit)
        return problems

    def _load(self, units: dict[str, list[SourceUnit]], builder: ProjectBuilder) -> None:
        for language in registry.LANGUAGES:  # in the registry's order, each language once
            if units.get(language.id):
                builder.language = language.id
                for unit in units[language.id]:
                    builder.add_unit(unit, language.id)
                language.load(units[language.id], builder)
        builder.language = ""

    def run_rules(self, project: Project) -> list[Finding]:
        findings: list[Finding] = []
        contexts: dict[str, RuleContext] = {}

        def context(rule: Rule) -> RuleContext:
            if rule.id not in contexts:
                contexts[rule.id] = RuleContext(
                    rule,
                    project,
                    self.config.options_for(rule.id, self.catalogue),
                    self.config.severity.get(rule.id),
                    self.today,
                )
            return contexts[rule.id]

        # the snippets of a README or a docs page illustrate; they are no program to judge as a whole
        whole_program = not (project.origin == "markdown" and is_documentation(project.root))
        for rule in self.rules:
            if rule.scope == "stack" and rule.check is not None and whole_program:
                findings.extend(rule.check(project, context(rule)))
        for resource in project.resources:
            for rule in (*self.by_kind.get(resource.kind, ()), *self.by_kind.get("*", ())):
                assert rule.check is not None
                findings.extend(rule.check(resource, context(rule)))
        return findings

    def _parse_error(self, span: Span, message: str) -> list[Finding]:
        rule = self.catalogue.by_id.get(PARSE_ERROR)
        if rule is None or rule not in self.rules:
            return []
        severity = self.config.severity.get(PARSE_ERROR, rule.severity)
        return [
            Finding(
                PARSE_ERROR,
                rule.name,
                severity,
                span,
                rule.message.format(message=message),
                False,
                "",
                (("message", message),),
                blocks_deploy=True,  # code that does not parse does not compile, synthesise or deploy
            )
        ]


def _entry_points(spec: ProjectSpec) -> frozenset[str] | None:
    """The scanned files a Pulumi project runs (empty when its entry point was not scanned)."""
    from iacreview.engine.layout import pulumi_entry

    entry = pulumi_entry(Path(spec.root))
    if entry is None:
        return None
    real = entry.resolve()
    return frozenset(s.path for s in spec.files if s.real == real)


def _manifest_kind(name: str, language: str) -> str:
    """Which manifest an unnamed Markdown block is: JSON blocks with dependencies are package.json."""
    if name:
        return Path(name).name
    return "package.json" if language == "json" else "requirements.txt"


def _unreadable(path: str, data: bytes, utf8: bool, base: int = 0) -> tuple[Span, str] | None:
    """Why `data` (at `base` in the file) is not source text: a NUL byte, or (when `utf8`) a byte
    that is not UTF-8."""
    if b"\x00" in data[:8192]:
        return Span(path, base, base), "binary content (a NUL byte), not source text"
    if not utf8:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = base + exc.start
        return Span(path, at, at + 1), f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {at})"
    return None


def finalize(findings: Iterable[Finding]) -> list[Finding]:
    """Drop exact duplicates (a helper evaluated for two callers reports once) and sort."""
    unique: dict[tuple[str, str, int, int, str], Finding] = {}
    for f in findings:
        unique.setdefault((f.rule_id, f.path, f.span.start, f.span.end, f.message), f)
    return sorted(unique.values(), key=Finding.sort_key)


def _internal_error(exc: Exception) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return f"internal error: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"


_DOCUMENTATION = re.compile(r"(^|/)(docs?|documentation)/|(^|/)(README|CHANGELOG|CONTRIBUTING)[^/]*$", re.I)


def is_documentation(path: str) -> bool:
    """A README or a page under docs/: code in it is illustration, not an answer or a program."""
    return _DOCUMENTATION.search(path.replace("\\", "/")) is not None


def _silent_programs(spec: ProjectSpec, project: Project) -> list[dict[str, str]]:
    """A note for a program that imports an IaC SDK yet yields no resource: a form of code iacreview
    does not follow, whose silence must not pass for a clean bill."""
    if project.resources or spec.origin == "markdown":
        return []
    programs = [
        s for s in spec.files if s.language in ("typescript", "python") and s.path not in project.unparsable
    ]
    if not programs:
        return []
    shown = programs[0].path if len(programs) == 1 else spec.root
    files = "it imports" if len(programs) == 1 else f"its {len(programs)} files import"
    message = f"no resources found: {files} an IaC SDK, but nothing iacreview follows creates one"
    return [{"path": shown, "message": message}]


def _reported(spec: ProjectSpec) -> int:
    return sum(1 for source in spec.files if source.reported)


def _line(project: Project, span: Span) -> int:
    return project.sources.get(span.file, b"").count(b"\n", 0, span.start) + 1
