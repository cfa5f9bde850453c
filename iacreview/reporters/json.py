"""`--format json`: the object of SPEC §5."""

from __future__ import annotations

import json
from collections.abc import Mapping

from iacreview import __version__
from iacreview.engine.finding import Finding
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
    payload = {
        "version": __version__,
        "findings": [finding_record(f, sources[f.path]) for f in findings],
        "files_scanned": files_scanned,
        "errors": errors,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
