"""`--format text`: `path:line:col: IAC101 [high] message` and the source line; colour on a terminal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TextIO

from iacreview.model.finding import SEVERITIES, Finding
from iacreview.model.span import LineIndex
from iacreview.reporters.escape import line_safe, printable

COLOURS = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}


WINDOW = 200  # characters of a long source line shown around the finding: a minified line is cut


def render_plain(
    findings: list[Finding],
    sources: Mapping[str, LineIndex],
    files_scanned: int,
    show_source: bool = True,
    show_summary: bool = True,
) -> str:
    out: list[str] = []
    for f in findings:
        lines = sources[f.path]
        line, column = lines.position(f.span.start)
        out.append(f"{line_safe(f.path)}:{line}:{column}: {f.rule_id} [{f.severity}] {printable(f.message)}")
        if show_source:
            out.extend(_excerpt(f, lines))
    if show_summary:
        out.append(summary(findings, files_scanned))
    return "\n".join(out) + "\n" if out else ""


def _excerpt(f: Finding, lines: LineIndex) -> list[str]:
    """The finding's source line and a caret marker under its span: at most WINDOW characters of
    the line around the span's start, so a one-line template of megabytes costs a line per finding."""
    line, _ = lines.position(f.span.start)
    data, at = lines.data, max(0, min(f.span.start, len(lines.data)))
    line_start, line_end = lines.line_bounds(at)
    # a bounded slice of bytes around the start, decoded (a character cut at either edge is dropped)
    low, high = max(line_start, at - 4 * WINDOW), min(line_end, at + 8 * WINDOW)
    before = data[low:at].decode("utf-8", "ignore")
    marked = data[at : min(max(f.span.end, at), high)].decode("utf-8", "ignore")
    text = (before + data[at:high].decode("utf-8", "ignore")).rstrip("\r")
    if not text.strip():
        return []
    # where the shown window starts in `text`: a line that fits is shown whole
    first = max(0, min(len(before) - WINDOW // 3, len(text) - WINDOW))
    clipped_left = low > line_start or first > 0
    clipped_right = high < line_end or first + WINDOW < len(text)
    shown = printable(text[first : first + WINDOW].expandtabs(1))
    column = len(printable(before[first:]))
    carets = "^" * max(1, min(len(printable(marked)), len(shown) - column) if marked else 1)
    lead = "…" if clipped_left else ""
    shown = f"{lead}{shown}{'…' if clipped_right else ''}"
    width = len(str(line))
    return [f" {line} | {shown}", f" {' ' * width} | {' ' * (column + len(lead))}{carets}"]


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
    findings: list[Finding],
    sources: Mapping[str, LineIndex],
    files_scanned: int,
    stream: TextIO,
    show_source: bool = True,
    show_summary: bool = True,
) -> None:
    """In colour, whether or not `stream` is a terminal (the caller decided: --color)."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(
        file=stream,
        highlight=False,
        soft_wrap=True,
        force_terminal=True,
        color_system="auto" if stream.isatty() else "standard",
    )
    for f in findings:
        lines = sources[f.path]
        line, column = lines.position(f.span.start)
        colour = COLOURS.get(f.severity, "white")
        console.print(
            f"[bold]{escape(line_safe(f.path))}[/]:{line}:{column}: [{colour}]{f.rule_id}[/] "
            f"[{colour}]\\[{f.severity}][/] {escape(printable(f.message))}"
        )
        for row in _excerpt(f, lines) if show_source else []:
            console.print(f"[dim]{escape(row)}[/]" if "^" not in row else f"[{colour}]{escape(row)}[/]")
    if show_summary:
        console.print(summary(findings, files_scanned))
