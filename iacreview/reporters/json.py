"""`--format json`: the object of SPEC §5."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from iacreview import __version__
from iacreview.model.finding import Finding
from iacreview.model.span import LineIndex


def finding_record(f: Finding, lines: LineIndex) -> dict[str, object]:
    line, column = lines.position(f.span.start)
    end_line, end_column = lines.position(f.span.end)
    return {
        "rule_id": f.rule_id,
        "name": f.name,
        "severity": f.severity,
        "path": f.path,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "message": f.message,
        "fixable": f.fixable,
    }


def render(
    findings: list[Finding],
    sources: Mapping[str, LineIndex],
    files_scanned: int,
    errors: list[dict[str, str]],
) -> str:
    """The object, indented, with one finding a line: a diff of two runs then shows one changed finding
    as one changed line, and each record goes through the C encoder (the pure-Python encoder that
    `indent` selects took a tenth of a scan of the corpus templates)."""
    records = [finding_record(f, sources[f.path]) for f in findings]
    return (
        "{\n"
        f'  "version": {_dumps(__version__)},\n'
        f'  "findings": {_one_a_line(records)},\n'
        f'  "files_scanned": {files_scanned},\n'
        f'  "errors": {_one_a_line(errors)}\n'
        "}\n"
    )


def _one_a_line(items: Sequence[object]) -> str:
    if not items:
        return "[]"
    return "[\n" + ",\n".join(f"    {_dumps(item)}" for item in items) + "\n  ]"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
