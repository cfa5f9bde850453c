"""A file's text as fixes see it: its Markdown blocks, lines and indentation. Which language the
code at an offset is written in is the project's to say (`Project.language_at`)."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cached_property

from iacreview.frontends.markdown import Block, blocks
from iacreview.frontends.registry import is_markdown

_INDENT = re.compile(rb"[ \t]*")


@dataclass
class Source:
    path: str
    data: bytes

    @property
    def is_markdown(self) -> bool:
        return is_markdown(self.path)

    @cached_property
    def blocks(self) -> list[Block]:
        """A Markdown document's fenced code blocks."""
        return blocks(self.path, self.data)

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.unit.base for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        at = bisect.bisect_right(self._block_starts, offset) - 1  # blocks are in order and apart
        block = self.blocks[at] if at >= 0 else None
        return block if block is not None and offset <= block.unit.base + len(block.unit.text) else None

    def text(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", "replace")

    @cached_property
    def _line_starts(self) -> list[int]:
        """Where each line starts, the empty one after a trailing line break included."""
        return [0, *itertools.accumulate(len(line) + 1 for line in self.data.split(b"\n"))][:-1]

    def line_start(self, offset: int) -> int:
        # from the table, not searched back: fixes ask for many offsets of a one-line template
        return self._line_starts[bisect.bisect_right(self._line_starts, max(offset, 0)) - 1]

    def line_end(self, offset: int) -> int:
        """Offset of the line break (`\n`, or the `\r` of `\r\n`) that ends the line holding
        `offset` (or the end of the data)."""
        end = self.data.find(b"\n", offset)
        if end == -1:
            return len(self.data)
        return end - 1 if end > offset and self.data[end - 1 : end] == b"\r" else end

    def next_line(self, offset: int) -> int:
        """Offset of the line after the one holding `offset` (past its `\n`; the end of the data)."""
        end = self.data.find(b"\n", offset)
        return len(self.data) if end == -1 else end + 1

    def content_end(self, offset: int) -> int:
        """Back from `offset` over whitespace: a YAML block value's end mark is at the next token."""
        while offset > 0 and self.data[offset - 1 : offset] in (b" ", b"\t", b"\r", b"\n"):
            offset -= 1
        return offset

    def indent_at(self, offset: int) -> str:
        """The spaces and tabs that start the line holding `offset`."""
        match = _INDENT.match(self.data, self.line_start(offset))
        return match.group().decode("ascii") if match else ""
