"""`--format text`: `path:line:col: IAC101 [high] message` and the source line; colour on a terminal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TextIO

from iacreview.model.finding import SEVERITIES, Finding
from iacreview.model.span import LineIndex

COLOURS = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}


def render_plain(
    findings: list[Finding], sources: Mapping[str, LineIndex], files_scanned: int, show_source: bool = True
) -> str:
    out: list[str] = []
    for f in findings:
        lines = sources[f.path]
        line, column = lines.position(f.span.start)
        out.append(f"{f.path}:{line}:{column}: {f.rule_id} [{f.severity}] {f.message}")
        if show_source:
            out.extend(_excerpt(f, lines))
    out.append(summary(findings, files_scanned))
    return "\n".join(out) + "\n"


def _excerpt(f: Finding, lines: LineIndex) -> list[str]:
    line, column = lines.position(f.span.start)
    end_line, end_column = lines.position(f.span.end)
    text = lines.line_text(line)
    if not text.strip():
        return []
    width = len(str(line))
    marker_end = end_column if end_line == line and end_column > column else len(text) + 1
    carets = "^" * max(1, marker_end - column)
    return [f" {line} | {text}", f" {' ' * width} | {' ' * (column - 1)}{carets}"]


def summary(findings: list[Finding], files_scanned: int) -> str:
    if not findings:
        return f"No findings in {files_scanned} file{'s' if files_scanned != 1 else ''}."
    counts = Counter(f.severity for f in findings)
    parts = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts[s])
    noun = "finding" if len(findings) == 1 else "findings"
    return (
        f"Found {len(findings)} {noun} ({parts}) in {files_scanned} file{'s' if files_scanned != 1 else ''}."
    )


def render_rich(
    findings: list[Finding], sources: Mapping[str, LineIndex], files_scanned: int, stream: TextIO
) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for f in findings:
        lines = sources[f.path]
        line, column = lines.position(f.span.start)
        colour = COLOURS.get(f.severity, "white")
        console.print(
            f"[bold]{escape(f.path)}[/]:{line}:{column}: [{colour}]{f.rule_id}[/] "
            f"[{colour}]\\[{f.severity}][/] {escape(f.message)}"
        )
        for row in _excerpt(f, lines):
            console.print(f"[dim]{escape(row)}[/]" if "^" not in row else f"[{colour}]{escape(row)}[/]")
    console.print(summary(findings, files_scanned))
