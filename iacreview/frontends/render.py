"""Intents rendered as edits in the dialect at the spot (a registry Language's `dialect`): TypeScript,
Python, YAML (CloudFormation, Pulumi YAML), JSON, HCL (Terraform).

Each function returns an edit that keeps the surrounding style (indentation, quotes, trailing
commas), or None when the spot is written in a way it does not handle; the fix then is not offered.
"""

from __future__ import annotations

import json
import re

from iacreview.frontends.source import Source
from iacreview.model import ListValue, MapValue, Span, Value
from iacreview.model.fix import Edit
from iacreview.model.values import Entry

Scalar = str | int | bool
Edits = Edit | tuple[Edit, ...]  # an intent written as one edit, or several that belong together
DIALECTS = ("typescript", "python", "yaml", "json", "hcl")  # the dialects rendered here


def literal(value: Scalar, language: str) -> str:
    if isinstance(value, bool):
        return ("True" if value else "False") if language == "python" else ("true" if value else "false")
    if isinstance(value, int):
        return str(value)
    if language == "hcl":
        return json.dumps(value).replace("${", "$${").replace("%{", "%%{")
    if (
        language == "yaml"
        and re.fullmatch(r"[A-Za-z0-9_./:-]+", value)
        and ": " not in value
        and not value[0].isdigit()
    ):
        return value
    return json.dumps(value)


def replace(source: Source, value: Value, text: str) -> Edit:
    """`value` replaced by `text`; a YAML block value's span runs to the next token, so the edit stops
    at its last character (the line break and indentation before the next key stay)."""
    span = value.span
    return Edit(Span(span.file, span.start, max(span.start, source.content_end(span.end))), text)


def _inside(entry_span: Span, outer: Span) -> bool:
    return outer.start <= entry_span.start and entry_span.end <= outer.end


def insert_entry(source: Source, mapping: MapValue, key: str, value_text: str, language: str) -> Edits | None:
    """Add `key: value` to a map: an object or dict literal, keyword arguments, a YAML or JSON mapping."""
    span = mapping.span
    opening = source.data[span.start : span.start + 1]
    own = [e for e in mapping.entries if _inside(e.key_span, span)]
    last = max(own, key=lambda e: e.value.span.end) if own else None
    if language == "python" and opening != b"{":
        return _insert_keyword(source, span, last, key, value_text)
    if language == "yaml" and opening not in (b"{", b"["):
        return _insert_yaml(source, span, last, f"{key}: {value_text}")
    if language == "hcl" and opening != b"{":  # a block's body (an object value is written `{...}`)
        return _insert_hcl(source, own, key, value_text)
    rendered = {
        "typescript": f"{key}: {value_text}",
        "python": f"{json.dumps(key)}: {value_text}",
        "json": f"{json.dumps(key)}: {value_text}",
        "yaml": f"{key}: {value_text}",
    }[language]
    close = span.end - 1
    if source.data[close : close + 1] != b"}":
        return None
    if last is None:
        return Edit(Span(span.file, span.start + 1, span.start + 1), f" {rendered} ")
    return _after_last(source, last.value.span.end, close, rendered)


def _after_last(source: Source, after: int, close: int, rendered: str) -> Edit:
    """Insert after the last element of a bracketed list of elements, in its layout."""
    between = source.text(after, close)
    multiline = "\n" in between
    comma = between.find(",")
    file = source.path
    if multiline:
        indent = source.indent_at(after)
        if comma != -1 and "\n" not in between[:comma]:  # a trailing comma stays trailing
            at = after + len(between[: comma + 1].encode("utf-8"))
            return Edit(Span(file, at, at), f"\n{indent}{rendered},")
        return Edit(Span(file, after, after), f",\n{indent}{rendered}")
    return Edit(Span(file, after, after), f", {rendered}")


def _insert_keyword(source: Source, call: Span, last: object, key: str, value_text: str) -> Edit | None:
    close = call.end - 1
    if source.data[close : close + 1] != b")":
        return None
    rendered = f"{key}={value_text}"
    if last is None:
        inner = source.text(call.start, close).rstrip()
        if inner.endswith("("):
            return Edit(Span(call.file, close, close), rendered)
        # positional arguments only: add after the last one (and after its trailing comma)
        at = call.start + len(inner.encode("utf-8"))
        return Edit(Span(call.file, at, at), f" {rendered}" if inner.endswith(",") else f", {rendered}")
    return _after_last(source, last.value.span.end, close, rendered)  # type: ignore[attr-defined]


def _insert_yaml(source: Source, mapping: Span, last: object, rendered: str) -> Edit | None:
    if last is None:
        return None
    key_start = last.key_span.start  # type: ignore[attr-defined]
    indent = " " * (key_start - source.line_start(key_start))
    at = source.line_end(source.content_end(last.value.span.end))  # type: ignore[attr-defined]
    return Edit(Span(source.path, at, at), f"\n{indent}{rendered}")


_HCL_ATTRIBUTE = re.compile(rb"([ \t]*)([A-Za-z_][\w-]*)([ \t]*)=(?!=)(.*)$")


def _insert_hcl(source: Source, entries: list[Entry], key: str, value_text: str) -> Edits | None:
    """`key = value` in a block body, as `terraform fmt` writes it: after the last attribute (before
    the nested blocks when there is none), its `=` aligned with the single-line attributes above
    (their keys padded by insertions, so that other fixes may still replace their values)."""
    if not entries:
        return None  # an empty block `{}` has no body to add to
    attributes = [e for e in entries if source.data[e.key_span.end :].lstrip(b" \t").startswith(b"=")]
    if not attributes:
        first = min(entries, key=lambda e: e.key_span.start)
        indent = source.indent_at(first.key_span.start)
        at = source.line_start(first.key_span.start)
        return Edit(Span(source.path, at, at), f"{indent}{key} = {value_text}\n")
    last = max(attributes, key=lambda e: e.value.span.end)
    end = source.line_end(source.content_end(last.value.span.end))
    group: list[re.Match[bytes]] = []  # the run of single-line attributes ending with the last
    line, single_line = source.line_start(last.key_span.start), end == source.line_end(last.key_span.start)
    while single_line:
        found = _HCL_ATTRIBUTE.match(source.data, line, source.line_end(line))
        if found is None or (group and found.group(1) != group[-1].group(1)):
            break
        group.append(found)
        if line == 0:
            break
        line = source.line_start(line - 1)
    # `=` one space after the longest key of the group (terraform fmt's alignment)
    width = max([len(key), *(len(m.group(2)) for m in group)])
    padding = [
        Edit(Span(source.path, m.end(2), m.end(2)), " " * (width + 1 - len(m.group(2)) - len(m.group(3))))
        for m in group
        if len(m.group(2)) + len(m.group(3)) < width + 1
    ]
    indent = source.indent_at(last.key_span.start)
    added = Edit(Span(source.path, end, end), f"\n{indent}{key.ljust(width if group else 0)} = {value_text}")
    return (*padding, added) if padding else added


def add_item(source: Source, value: Value, item_text: str, language: str) -> Edit | None:
    """Add an item to a list, or turn a single value into a list of it and the item."""
    if isinstance(value, ListValue):
        opening = source.data[value.span.start : value.span.start + 1]
        if opening == b"[" and value.items:
            close = value.span.end - 1
            return _after_last(source, value.items[-1].span.end, close, item_text)
        if language == "yaml" and value.items and opening == b"-":
            last = value.items[-1]
            indent = source.indent_at(last.span.start)
            at = source.line_end(source.content_end(last.span.end))
            return Edit(Span(source.path, at, at), f"\n{indent}- {item_text}")
        return None
    original = source.text(value.span.start, value.span.end)
    return Edit(value.span, f"[{original}, {item_text}]")


def insert_lines_before(source: Source, offset: int, lines: list[str]) -> Edit:
    """Whole lines before the line holding `offset`, at its indentation."""
    start = source.line_start(offset)
    indent = source.indent_at(offset)
    text = "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
    return Edit(Span(source.path, start, start), text)


def append_lines(source: Source, lines: list[str], at: int | None = None) -> Edits:
    """Lines at the end of the file (or of the code block holding `at`). The line break a file
    without a final one lacks is an edit of its own: two fixes appending there share it, applied once."""
    end = len(source.data) if at is None else at
    body = Edit(Span(source.path, end, end), "".join(f"{line}\n" for line in lines))
    if end == 0 or source.data[end - 1 : end] == b"\n":
        return body
    return Edit(Span(source.path, end, end), "\n"), body


# --- the file's own style ---------------------------------------------------------------------
_INDENT = re.compile(rb"^( +)\S", re.MULTILINE)
_DOUBLE = re.compile(rb'"[^"\n]*"')
_SINGLE = re.compile(rb"'[^'\n]*'")
_PLAIN_DOUBLE = re.compile(r'"([^"\'\\\n]*)"')


def indent_unit(code: bytes) -> int:
    """The code's indentation step: the smallest indentation of an indented line (4 when none)."""
    widths = [len(m.group(1)) for m in _INDENT.finditer(code)]
    return min(widths, default=4) or 4


def prefers_single_quotes(code: bytes) -> bool:
    return len(_SINGLE.findall(code)) > len(_DOUBLE.findall(code))


def in_style(lines: list[str], code: bytes, language: str) -> list[str]:
    """Snippet lines (written with 4-space steps and double quotes) in the style of `code`: its
    indentation step, and single quotes where it prefers them (strings holding no quote only)."""
    unit = indent_unit(code)
    single = language in ("typescript", "python") and prefers_single_quotes(code)
    out = []
    for line in lines:
        depth = (len(line) - len(line.lstrip(" "))) // 4
        text = line.lstrip(" ")
        if single:
            text = _PLAIN_DOUBLE.sub(r"'\1'", text)
        out.append(" " * (depth * unit) + text if text else "")
    return out


def json_in_layout(value: object, code: bytes, indent: str) -> str:
    """`value` as JSON laid out like `code`: pretty-printed at its indentation step (continuation
    lines starting at `indent`) when the file spans lines, on one line when it is minified."""
    if b"\n" not in code.strip():
        return json.dumps(value)
    return json.dumps(value, indent=indent_unit(code)).replace("\n", "\n" + indent)
