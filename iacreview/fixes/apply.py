"""`iacreview fix`: apply fixes, verify by re-reading, repeat, then write atomically (or show a diff).

Each pass scans the current text (in memory), applies the applicable fixes whose edits do not
overlap, and rescans: a file that no longer parses is put back as it was before that pass and left
alone. Files that did not parse to begin with are never touched; in Markdown only code inside
fences is edited. Fixing a fixed file changes nothing.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from iacreview.engine.finding import Finding
from iacreview.engine.runner import PARSE_ERROR, ScanResult
from iacreview.fixes.edit import Edit, Fix, apply_edits, overlaps

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
    broken: set[str] = set()
    stopped: set[str] = set()
    last_good: dict[Path, bytes] = {}
    result = scan(current)
    broken = {f.path for f in result.findings if f.rule_id == PARSE_ERROR}
    outcome.untouched = sorted(p for p in broken if any(f.path == p and f.fix for f in result.findings))
    for _ in range(MAX_PASSES):
        edits = select(result, unsafe, broken | stopped)
        if not edits:
            break
        last_good = {}
        for real, (shown, file_edits, data) in edits.items():
            last_good[real] = data
            current[real] = apply_edits(data, file_edits)
            outcome.before.setdefault(real, data)
            outcome.shown[real] = shown
            outcome.applied += len(file_edits)
        result = scan(current)
        newly_broken = {f.path for f in result.findings if f.rule_id == PARSE_ERROR} - broken
        if newly_broken:  # verify: a fix that would not parse is dropped, with the file's other fixes
            for real in list(current):
                if outcome.shown.get(real) in newly_broken:
                    current[real] = last_good[real]
                    stopped.add(outcome.shown[real])
                    outcome.reverted.append(outcome.shown[real])
            result = scan(current)
    outcome.after = {real: data for real, data in current.items() if data != outcome.before.get(real)}
    outcome.remaining = result.findings
    return outcome


def select(result: ScanResult, unsafe: bool, skip: set[str]) -> dict[Path, tuple[str, list[Edit], bytes]]:
    """Per file: the edits of the applicable fixes that do not overlap each other."""
    chosen: dict[str, list[Edit]] = {}
    for finding in result.findings:
        fix = finding.fix
        if not isinstance(fix, Fix) or not fix.applicable(unsafe) or finding.path in skip:
            continue
        data = result.sources.get(finding.path)
        if data is None or not all(
            e.span.file == finding.path and _allowed(finding.path, data, e) for e in fix.edits
        ):
            continue
        taken = chosen.setdefault(finding.path, [])
        if any(overlaps(new, old) for new in fix.edits for old in taken):
            continue  # the next pass offers it again on the fixed text
        taken.extend(e for e in fix.edits if e not in taken)
    return {
        result.real_paths[path]: (path, edits, result.sources[path])
        for path, edits in chosen.items()
        if edits and path in result.real_paths
    }


def _allowed(path: str, data: bytes, edit: Edit) -> bool:
    """In Markdown, edits stay inside fenced code."""
    if not path.endswith((".md", ".markdown")):
        return True
    from iacreview.frontends.markdown import blocks

    return any(
        b.unit.base <= edit.span.start and edit.span.end <= b.unit.base + len(b.unit.text)
        for b in blocks(path, data)
    )


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
        fromfile=f"a/{shown}",
        tofile=f"b/{shown}",
    )
    return "".join(lines)
