"""`iacreview fix`: apply fixes, verify by re-reading, repeat until nothing changes, then write
atomically (or show a diff).

Each pass scans the current text (in memory), applies every applicable fix whose edits do not
overlap another's (insertions at one point are all applied, in finding order), and rescans. Then it
verifies, per file: a file that no longer parses, or whose fixed findings are still there, or that
gained a finding as severe as the worst one fixed, is put back as it was before the pass; the fixes
to blame are found one by one and never offered again, the others are tried in the next pass. So
every pass either removes findings or rejects fixes, and a second run finds nothing left to do.
Files that did not parse to begin with are never touched; in Markdown only code inside fences is
edited.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from iacreview.engine.discover import with_line_feeds
from iacreview.engine.runner import ScanResult
from iacreview.frontends.source import Source
from iacreview.model.finding import Finding, severity_rank
from iacreview.model.fix import Edit, Fix, apply_edits, overlaps

# a guard, never reached by fixes that behave: each pass removes findings or rejects fixes
MAX_PASSES = 50
Scan = Callable[[dict[Path, bytes]], ScanResult]


@dataclass
class FixOutcome:
    before: dict[Path, bytes] = field(default_factory=dict)
    after: dict[Path, bytes] = field(default_factory=dict)
    shown: dict[Path, str] = field(default_factory=dict)  # the path as the user gave it
    applied: int = 0
    input_errors: list[dict[str, str]] = field(default_factory=list)  # paths that cannot be read
    reverted: list[str] = field(default_factory=list)  # files whose fixes would not parse
    untouched: list[str] = field(default_factory=list)  # files with a parse error before any fix
    rejected: list[str] = field(default_factory=list)  # "path: rule" of fixes that did not verify
    unverified: set[str] = field(default_factory=set)  # the fingerprints of their findings
    fixed: list[Finding] = field(default_factory=list)  # the findings whose fixes were applied
    remaining: list[Finding] = field(default_factory=list)


@dataclass
class Chosen:
    """One file's fixes for a pass: the findings they fix (in order), and the text before the pass."""

    shown: str
    findings: list[Finding]
    data: bytes
    # every finding in the file before the pass, by what it is about (see `_about`)
    known: frozenset[tuple[str, str, str]] = frozenset()

    @property
    def edits(self) -> list[Edit]:
        """The edits of every fix, an edit two fixes share applied once, with the file's line breaks."""
        edits = list(dict.fromkeys(e for f in self.findings if f.fix is not None for e in f.fix.edits))
        if not uses_crlf(self.data):
            return edits
        return [Edit(e.span, _BARE_LF.sub("\r\n", e.text)) for e in edits]


_BARE_LF = re.compile(r"(?<!\r)\n")


def uses_crlf(data: bytes) -> bool:
    """Whether most of the file's lines end with `\r\n` (Windows line breaks)."""
    crlf = data.count(b"\r\n")
    return crlf > 0 and crlf * 2 >= data.count(b"\n")


def run(scan: Scan, unsafe: bool) -> FixOutcome:
    outcome = FixOutcome()
    current: dict[Path, bytes] = {}
    rejected: set[str] = set()  # fingerprints of findings whose fix did not verify
    result = scan(current)
    outcome.input_errors = result.errors[: result.input_errors]
    broken = set(result.unparsable)
    outcome.untouched = sorted(broken)
    for _ in range(MAX_PASSES):
        chosen = select(result, unsafe, broken, rejected)
        if not chosen:
            break
        for real, pick in chosen.items():
            current[real] = apply_edits(pick.data, pick.edits)
            outcome.before.setdefault(real, pick.data)
            outcome.shown[real] = pick.shown
        after = scan(current)
        failed = {real: pick for real, pick in chosen.items() if _failures(pick, after)}
        for real, pick in failed.items():
            current[real] = pick.data  # put back; find the fixes to blame, alone
            blamed = [
                f for f in pick.findings if _failures(_alone(pick, f), _trial(scan, current, real, pick, f))
            ]
            rejected.update(f.fingerprint for f in blamed or pick.findings)
            outcome.rejected.extend(f"{pick.shown}: {f.rule_id}" for f in blamed or pick.findings)
            if pick.shown in after.unparsable:
                outcome.reverted.append(pick.shown)
        kept = [pick for real, pick in chosen.items() if real not in failed]
        outcome.applied += sum(len(pick.edits) for pick in kept)
        outcome.fixed += [f for pick in kept for f in pick.findings]
        result = scan(current) if failed else after
    else:
        print(f"iacreview: fixes still changed files after {MAX_PASSES} passes; stopped", file=sys.stderr)
    outcome.unverified = rejected
    outcome.after = {real: data for real, data in current.items() if data != outcome.before.get(real)}
    outcome.remaining = result.findings
    outcome.reverted = sorted(set(outcome.reverted))
    return outcome


def verified(findings: list[Finding], scan: Scan) -> list[Finding]:
    """`findings` with the fixes `fix` would reject taken off (`check --verify-fixes`): the fix loop
    runs in memory, nothing is written, and a finding whose fix did not verify is not fixable."""
    unverified = run(scan, unsafe=True).unverified
    return [replace(f, fix=None, fixable=False) if f.fingerprint in unverified else f for f in findings]


def _failures(pick: Chosen, after: ScanResult) -> bool:
    """Whether the fixed file fails to verify: it does not parse, a fixed finding is still there, or
    it has a new finding at least as severe as the worst one fixed."""
    if pick.shown in after.unparsable:
        return True
    mine = [f for f in after.findings if f.path == pick.shown]
    fixed = {f.fingerprint for f in pick.findings}
    if any(f.fingerprint in fixed for f in mine):
        return True
    worst = min(severity_rank(f.severity) for f in pick.findings)
    return any(_about(f) not in pick.known and severity_rank(f.severity) <= worst for f in mine)


def _about(finding: Finding) -> tuple[str, str, str]:
    """What a finding is about: its rule, resource path and message variant. Not its fingerprint: a
    stack-level finding's arguments count the whole project ("37 resources"), so a fix in another
    file changes the fingerprint of a finding this file already had; that is no new finding."""
    return finding.rule_id, finding.logical_path, finding.variant


def _alone(pick: Chosen, finding: Finding) -> Chosen:
    return Chosen(pick.shown, [finding], pick.data, pick.known)


def _trial(scan: Scan, current: dict[Path, bytes], real: Path, pick: Chosen, finding: Finding) -> ScanResult:
    return scan({**current, real: apply_edits(pick.data, _alone(pick, finding).edits)})


def select(
    result: ScanResult, unsafe: bool, skip: set[str], rejected: set[str] | None = None
) -> dict[Path, Chosen]:
    """Per file: the applicable fixes whose edits do not overlap each other (insertions at one point
    do not overlap: they are applied in the order of their findings)."""
    chosen: dict[str, list[Finding]] = {}
    sources: dict[str, Source] = {}  # each file's Markdown blocks read once
    for finding in result.findings:
        fix = finding.fix
        if not isinstance(fix, Fix) or not fix.applicable(unsafe) or finding.path in skip:
            continue
        if rejected and finding.fingerprint in rejected:
            continue
        data = result.sources.get(finding.path)
        if data is None:
            continue
        src = sources.setdefault(finding.path, Source(finding.path, data))
        if not all(e.span.file == finding.path and _allowed(src, e) for e in fix.edits):
            continue
        taken = chosen.setdefault(finding.path, [])
        if any(overlaps(new, old) for new in fix.edits for other in taken for old in other.fix.edits):  # type: ignore[union-attr]
            continue  # the next pass offers it again on the fixed text
        taken.append(finding)
    picks: dict[Path, Chosen] = {}
    for path, findings in chosen.items():
        if findings and path in result.real_paths:
            known = frozenset(_about(f) for f in result.findings if f.path == path)
            picks[result.real_paths[path]] = Chosen(path, findings, result.sources[path], known)
    return picks


def _allowed(src: Source, edit: Edit) -> bool:
    """In Markdown, edits stay inside fenced code."""
    if not src.is_markdown:
        return True
    block = src.block_at(edit.span.start)
    return block is not None and edit.span.end <= block.unit.base + len(block.unit.text)


class WriteError(Exception):
    """A fixed file that was not written, and why (the file on disk is as it was)."""


def write_fixed(path: Path, before: bytes, data: bytes, roots: list[Path]) -> None:
    """Write a fixed file in place of the text it was fixed from, or raise WriteError: when the file
    changed since it was read, when it is reached through a link to outside the scanned paths, or
    when it cannot be written (read-only file or folder). The file is replaced whole or not at all,
    keeping its mode and, where allowed, its owner."""
    if not any(path == root or root in path.parents for root in roots):
        raise WriteError("it is a link to a file outside the scanned paths; not written")
    try:
        on_disk = path.read_bytes()
    except OSError as exc:
        raise WriteError(f"cannot be read again: {exc.strerror or exc}") from exc
    if on_disk != before and with_line_feeds(on_disk) == before:  # CR line ends, read as LF
        data = data.replace(b"\n", b"\r")
    elif on_disk != before:
        raise WriteError("it changed since iacreview read it; not written (run fix again)")
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise WriteError(f"cannot be written: {exc.strerror or exc}") from exc


def write_atomically(path: Path, data: bytes) -> None:
    status = path.stat()
    # by the mode bits, not os.access: root may write anything, but a file or folder its owner made
    # read-only is not for a linter to replace
    if not status.st_mode & stat.S_IWUSR:
        raise PermissionError(13, "the file is read-only")
    if not path.parent.stat().st_mode & stat.S_IWUSR:
        raise PermissionError(13, "its folder is read-only")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".iacreview")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, status.st_mode)
        with contextlib.suppress(OSError):  # only root may give a file to another owner
            os.chown(tmp, status.st_uid, status.st_gid)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def unified_diff(shown: str, before: bytes, after: bytes) -> str:
    lines = difflib.unified_diff(
        before.decode("utf-8", "replace").splitlines(keepends=True),
        after.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"a/{shown.lstrip('/')}",
        tofile=f"b/{shown.lstrip('/')}",
    )
    return "".join(lines)
