"""`iacreview fix`: apply fixes, verify by re-reading, repeat, then write atomically (or show a diff).

Each pass scans the current text (in memory), applies the applicable fixes whose edits do not
overlap, and rescans: a file that no longer parses is put back as it was before that pass, the
fixes that break it on their own are dropped, and the others are tried again in the next pass.
Files that did not parse to begin with are never touched; in Markdown only code inside fences is
edited. Fixing a fixed file changes nothing.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from iacreview.engine.runner import PARSE_ERROR, ScanResult
from iacreview.frontends.source import Source
from iacreview.model.finding import Finding
from iacreview.model.fix import Edit, Fix, apply_edits, overlaps

MAX_PASSES = 6


@dataclass
class FixOutcome:
    before: dict[Path, bytes] = field(default_factory=dict)
    after: dict[Path, bytes] = field(default_factory=dict)
    shown: dict[Path, str] = field(default_factory=dict)  # the path as the user gave it
    applied: int = 0
    reverted: list[str] = field(default_factory=list)  # files whose fixes would not parse
    untouched: list[str] = field(default_factory=list)  # files with a parse error before any fix
    remaining: list[Finding] = field(default_factory=list)


def run(scan: Callable[[dict[Path, bytes]], ScanResult], unsafe: bool) -> FixOutcome:
    outcome = FixOutcome()
    current: dict[Path, bytes] = {}
    stopped: set[str] = set()
    rejected: set[tuple[Edit, ...]] = set()  # fixes whose result would not parse
    result = scan(current)
    broken = {f.path for f in result.findings if f.rule_id == PARSE_ERROR}
    outcome.untouched = sorted(p for p in broken if any(f.path == p and f.fix for f in result.findings))
    for _ in range(MAX_PASSES):
        chosen = select(result, unsafe, broken | stopped, rejected)
        if not chosen:
            break
        last_good: dict[Path, bytes] = {}
        for real, (shown, fixes, data) in chosen.items():
            last_good[real] = data
            current[real] = apply_edits(data, _merged(fixes))
            outcome.before.setdefault(real, data)
            outcome.shown[real] = shown
            outcome.applied += len(_merged(fixes))
        result = scan(current)
        newly_broken = {f.path for f in result.findings if f.rule_id == PARSE_ERROR} - broken
        if not newly_broken:
            continue
        # verify: put the file back, find the fixes that break it on their own and never offer them
        # again; if only their combination breaks it, leave the file's remaining fixes alone
        for real, (shown, fixes, data) in chosen.items():
            if shown not in newly_broken:
                continue
            current[real] = data
            outcome.applied -= len(_merged(fixes))
            outcome.reverted.append(shown)
            culprits = [f for f in fixes if _breaks(scan, current, real, shown, apply_edits(data, list(f)))]
            rejected.update(culprits)
            if not culprits:
                stopped.add(shown)
        result = scan(current)
    outcome.after = {real: data for real, data in current.items() if data != outcome.before.get(real)}
    outcome.remaining = result.findings
    outcome.reverted = sorted(set(outcome.reverted))
    return outcome


def _merged(fixes: list[tuple[Edit, ...]]) -> list[Edit]:
    """The edits of several fixes, an edit two fixes share applied once."""
    return list(dict.fromkeys(e for fix in fixes for e in fix))


def _breaks(
    scan: Callable[[dict[Path, bytes]], ScanResult],
    current: dict[Path, bytes],
    real: Path,
    shown: str,
    data: bytes,
) -> bool:
    trial = scan({**current, real: data})
    return any(f.rule_id == PARSE_ERROR and f.path == shown for f in trial.findings)


def select(
    result: ScanResult, unsafe: bool, skip: set[str], rejected: set[tuple[Edit, ...]] | None = None
) -> dict[Path, tuple[str, list[tuple[Edit, ...]], bytes]]:
    """Per file: the applicable fixes whose edits do not overlap each other."""
    chosen: dict[str, list[tuple[Edit, ...]]] = {}
    sources: dict[str, Source] = {}  # each file's Markdown blocks read once
    for finding in result.findings:
        fix = finding.fix
        if not isinstance(fix, Fix) or not fix.applicable(unsafe) or finding.path in skip:
            continue
        if rejected and fix.edits in rejected:
            continue
        data = result.sources.get(finding.path)
        if data is None:
            continue
        src = sources.setdefault(finding.path, Source(finding.path, data))
        if not all(e.span.file == finding.path and _allowed(src, e) for e in fix.edits):
            continue
        taken = chosen.setdefault(finding.path, [])
        if any(overlaps(new, old) for new in fix.edits for fixed in taken for old in fixed):
            continue  # the next pass offers it again on the fixed text
        if fix.edits not in taken:
            taken.append(fix.edits)
    return {
        result.real_paths[path]: (path, fixes, result.sources[path])
        for path, fixes in chosen.items()
        if fixes and path in result.real_paths
    }


def _allowed(src: Source, edit: Edit) -> bool:
    """In Markdown, edits stay inside fenced code."""
    if not src.is_markdown:
        return True
    block = src.block_at(edit.span.start)
    return block is not None and edit.span.end <= block.unit.base + len(block.unit.text)


def write_atomically(path: Path, data: bytes) -> None:
    mode = path.stat().st_mode
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".iacreview")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, mode)
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
