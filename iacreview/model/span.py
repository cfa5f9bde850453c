"""Source positions: half-open UTF-8 byte offsets into the original file."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import cached_property, partial
from itertools import accumulate
from typing import NamedTuple, TypeVar


class Span(NamedTuple):
    """A byte range of one file. A named tuple: frontends make hundreds of thousands of these."""

    file: str
    start: int
    end: int

    def cover(self, other: Span) -> Span:
        return Span(self.file, min(self.start, other.start), max(self.end, other.end))


T = TypeVar("T")


def innermost(spans: Iterable[tuple[Span, T]], offset: int) -> T | None:
    """The item of the smallest span holding `offset` (an empty span holds its start); the first
    of equal sizes. Spans are of one file: the caller picks them."""
    best: tuple[int, T] | None = None
    for span, item in spans:
        if span.start <= offset < max(span.end, span.start + 1):
            size = span.end - span.start
            if best is None or size < best[0]:
                best = (size, item)
    return best[1] if best is not None else None


# A span from a (file, start, end) tuple without NamedTuple's Python-level __new__: frontends make one
# for every syntax node they read, and this costs 0.14 us where Span(file, start, end) costs 0.22 us.
span_from: Callable[[tuple[str, int, int]], Span] = partial(tuple.__new__, Span)


class LineIndex:
    """Maps byte offsets of one file to 1-based (line, column); columns count characters."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.ascii = data.isascii()  # then characters are bytes: offsets need no decoding
        # an offset and its line: a line is counted from the last one asked for, and reporters ask
        # in file order, so a whole report counts each file's line breaks about once
        self._cursor = (0, 1)

    @cached_property
    def starts(self) -> list[int]:
        """Where each line starts: after each "\n" (a trailing one starts no line of its own)."""
        return [0, *accumulate(len(line) + 1 for line in self.data.split(b"\n")[:-1])]

    def line_of(self, offset: int) -> int:
        if offset < 0:
            return 0
        known, line = self._cursor
        if offset >= known:
            line += self.data.count(b"\n", known, offset)
        else:
            line -= self.data.count(b"\n", offset, known)
        self._cursor = (offset, line)
        return line

    def line_bounds(self, offset: int) -> tuple[int, int]:
        """The start of the line holding `offset` and the offset of its `\n` (or the data's end)."""
        offset = max(0, min(offset, len(self.data)))
        line = bisect.bisect_right(self.starts, offset)  # 1-based
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.data)
        return self.starts[line - 1], end

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.data)))
        line = self.line_of(offset)
        # from the line table, not searched back: a one-line template may be megabytes long (past
        # the last line start only the empty line after a trailing "\n" is left)
        start = self.starts[line - 1] if line <= len(self.starts) else offset
        if self.ascii:
            return line, offset - start + 1
        column = len(self.data[start:offset].decode("utf-8", "replace")) + 1
        return line, column

    def line_text(self, line: int) -> str:
        if line < 1 or line > len(self.starts):
            return ""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.data)
        return self.data[start:end].decode("utf-8", "replace").rstrip("\r\n")

    def offset(self, line: int, char_column: int) -> int:
        """Byte offset of a 0-based line and 0-based character column."""
        line = max(0, min(line, len(self.starts) - 1))
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.data)
        if self.ascii:
            return min(start + char_column, end)
        prefix = self.data[start:end]
        return start + len(prefix.decode("utf-8", "replace")[:char_column].encode("utf-8"))
