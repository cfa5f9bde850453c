"""A file's text as fixes see it: its Markdown blocks, lines and indentation. Which language the
code at an offset is written in is the project's to say (`Project.language_at`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from iacreview.frontends.markdown import Block, blocks
from iacreview.frontends.registry import is_markdown


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

    def block_at(self, offset: int) -> Block | None:
        return next((b for b in self.blocks if b.unit.base <= offset <= b.unit.base + len(b.unit.text)), None)

    def text(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", "replace")

    def line_start(self, offset: int) -> int:
        return self.data.rfind(b"\n", 0, max(offset, 0)) + 1

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
        start = self.line_start(offset)
        line = self.data[start : self.line_end(start)].decode("utf-8", "replace")
        return line[: len(line) - len(line.lstrip())]
