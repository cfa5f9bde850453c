"""Suppressions written in the source: `// iacreview: ignore[IAC101] reason` (also `#`, `/* */` and
`<!-- -->`), on the finding's line or the line above; `iacreview: ignore-file[IAC101] reason` for the
whole file. CloudFormation Metadata (a resource's, or the template's for all of it) comes from the model.

A suppression needs a reason; one without, one that silences nothing, or one that names no rule
is itself reported (IAC001). A ruff-style `# noqa: IAC101 reason` is read as `ignore[IAC101] reason`
(without a reason it silences the finding and is reported); `iacreview: ignore` with no rule list
silences nothing and is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from iacreview.engine.catalogue import Catalogue
from iacreview.model import Span, Suppression
from iacreview.model.finding import Finding

MARKER = re.compile(rb"(?://|#|<!--|/\*)\s*iacreview:\s*ignore(-file)?\[([^\]]*)\]([^\n]*)", re.IGNORECASE)
# `iacreview: ignore` with no rule list: blanket suppressions are not supported, so it silences nothing
BARE = re.compile(rb"(?://|#|<!--|/\*)\s*iacreview:\s*ignore(-file)?(?![\[\w-])", re.IGNORECASE)
# ruff/flake8 style `# noqa: IAC101, IAC102 reason`: read as `iacreview: ignore[IAC101, IAC102] reason`
# (a `noqa` naming only other tools' codes is theirs, and left alone)
NOQA = re.compile(rb"(?://|#)\s*noqa:\s*(IAC\d{3}(?:\s*,\s*IAC\d{3})*)\b([^\n]*)", re.IGNORECASE)
_FENCE = re.compile(rb"^\s{0,3}(```|~~~)")
INVALID_SUPPRESSION = "IAC001"


def comment_suppressions(path: str, data: bytes) -> list[Suppression]:
    lowered = data.lower()
    if b"iacreview" not in lowered and b"noqa" not in lowered:
        return []
    lines = data.split(b"\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    found = []
    for number, line in enumerate(lines):
        match = MARKER.search(line) or NOQA.search(line)
        if not match:
            bare = BARE.search(line)
            if bare:  # no rule list: reported (IAC001), never a blanket suppression
                span = Span(path, starts[number] + bare.start(), starts[number] + bare.end())
                found.append(Suppression((), "", span, span))
            continue
        noqa = match.re is NOQA
        listed = match.group(1 if noqa else 2).decode("utf-8", "replace")
        rules = tuple(r.strip() for r in listed.split(",") if r.strip())
        reason = match.group(2 if noqa else 3).decode("utf-8", "replace")
        reason = reason.replace("-->", "").replace("*/", "").strip(" \t\r-:—")
        span = Span(path, starts[number] + match.start(), starts[number] + match.end())
        if not noqa and match.group(1):  # ignore-file
            found.append(Suppression(rules, reason, span, Span(path, 0, len(data))))
            continue
        last = min(number + 1, len(lines) - 1)
        if path.endswith((".md", ".markdown")) and last != number and _FENCE.match(lines[last]):
            last += 1  # above a fence: the whole block
            while last < len(lines) - 1 and not _FENCE.match(lines[last]):
                last += 1
        found.append(Suppression(rules, reason, span, Span(path, starts[number], starts[last + 1] - 1)))
    return found


@dataclass
class SuppressionResult:
    kept: list[Finding]
    problems: list[tuple[Suppression, str, str]]  # (suppression, message variant, rule text)


def apply(
    findings: Iterable[Finding], suppressions: list[Suppression], catalogue: Catalogue, enabled: set[str]
) -> SuppressionResult:
    resolved: list[tuple[Suppression, set[str]]] = []
    problems: list[tuple[Suppression, str, str]] = []
    for s in suppressions:
        if not s.rules:
            problems.append((s, "no_rules", ""))
            continue
        ids: set[str] = set()
        for key in s.rules:
            matched = catalogue.resolve_selector(key)
            if not matched:
                problems.append((s, "unknown", key))
            ids |= {r.id for r in matched}
        if not s.reason:
            problems.append((s, "no_reason", ", ".join(s.rules)))
        resolved.append((s, ids))
    used: set[int] = set()
    kept = []
    for f in findings:
        hit = None
        for index, (s, ids) in enumerate(resolved):
            if (
                f.rule_id in ids
                and s.covers.file == f.path
                and s.covers.start <= f.span.start <= s.covers.end
            ):
                hit = index
                break
        if hit is None:
            kept.append(f)
        else:
            used.add(hit)
    for index, (s, ids) in enumerate(resolved):
        if index not in used and ids and ids <= enabled:
            problems.append((s, "unused", ", ".join(s.rules)))
    return SuppressionResult(kept, problems)
