"""`--format github`: GitHub Actions workflow commands, shown as annotations on the pull request."""

from __future__ import annotations

from collections.abc import Mapping

from iacreview.model.finding import Finding
from iacreview.model.span import LineIndex
from iacreview.reporters.escape import printable

COMMANDS = {"critical": "error", "high": "error", "medium": "warning", "low": "notice"}


def _data(text: str) -> str:
    return printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings: list[Finding], sources: Mapping[str, LineIndex]) -> str:
    out = []
    for f in findings:
        lines = sources[f.path]
        line, column = lines.position(f.span.start)
        end_line, end_column = lines.position(f.span.end)
        props = [
            f"file={_property(f.path)}",
            f"line={line}",
            f"col={column}",
            f"endLine={end_line}",
            f"endColumn={end_column}",
            f"title={_property(f'{f.rule_id} {f.name}')}",
        ]
        out.append(f"::{COMMANDS.get(f.severity, 'warning')} {','.join(props)}::{_data(f.message)}")
    return "\n".join(out) + ("\n" if out else "")
