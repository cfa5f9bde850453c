"""Untrusted text made safe for each output.

Names, messages, paths and source lines come from the files being reviewed. No control character
from them reaches a terminal or starts a line of its own (a GitHub workflow command is any line
beginning `::`), XML stays well-formed, and Markdown code spans and prose cannot be broken out of.
"""

from __future__ import annotations

import re

# C0 (tab kept), DEL, C1, line/paragraph separators and bidirectional overrides (which reorder
# what a reviewer sees)
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def printable(text: str) -> str:
    """One line of visible text: control characters are shown as `\\x1b`, `\\n`, ..."""
    return _CONTROL.sub(_escaped, text)


def line_safe(text: str) -> str:
    """Printable, and not able to start a GitHub workflow command when it starts a line."""
    text = printable(text)
    return " " + text if text.startswith("::") else text


# what would start HTML, a link, emphasis, code or a table cell; a message never starts a line of
# the report, so list and heading marks need no escape
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_CODE_SPAN = re.compile(r"`[^`]+`")


def md_text(text: str) -> str:
    """Markdown prose showing `text` as it is: no HTML, link, emphasis or code can come of it."""
    return _MD_SPECIAL.sub(r"\\\1", printable(text))


def md_code(text: str) -> str:
    """An inline code span holding `text` literally, whatever backticks it contains."""
    text = printable(text)
    runs = [len(run) for run in re.findall(r"`+", text)]
    ticks = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def md_message(text: str) -> str:
    """A finding message in Markdown: its `code spans` kept as code, everything else as prose."""
    text = printable(text)
    out, last = [], 0
    for match in _CODE_SPAN.finditer(text):
        out.append(md_text(text[last : match.start()]))
        out.append(md_code(match.group()[1:-1]))
        last = match.end()
    out.append(md_text(text[last:]))
    return "".join(out)


def fence_marks(code: list[str]) -> str:
    """Backticks that open a fence no line of `code` can close."""
    longest = max((len(m) for line in code for m in re.findall(r"^\s*(`{3,})", line)), default=0)
    return "`" * max(3, longest + 1)
