"""A file's text as fixes see it: which language is at an offset, lines and indentation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iacreview.model.span import LineIndex

EXTENSIONS = {
    ".ts": "typescript",
    ".tsx": "typescript",
    ".js": "typescript",
    ".mjs": "typescript",
    ".py": "python",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".template": "yaml",
    ".json": "json",
    ".tf": "hcl",
}
BLOCK_LANGUAGES = {
    "typescript": "typescript",
    "python": "python",
    "yaml": "yaml",
    "json": "json",
    "hcl": "hcl",
}


@dataclass
class Source:
    path: str
    data: bytes

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.data)

    def language_at(self, offset: int) -> str:
        suffix = Path(self.path).suffix.lower()
        if suffix in (".md", ".markdown"):
            from iacreview.frontends.markdown import blocks

            for block in blocks(self.path, self.data):
                if block.unit.base <= offset <= block.unit.base + len(block.unit.text):
                    return BLOCK_LANGUAGES.get(block.language, "")
            return ""
        return EXTENSIONS.get(suffix, "")

    def text(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", "replace")

    def line_start(self, offset: int) -> int:
        return self.lines.starts[self.lines.line_of(offset) - 1]

    def line_end(self, offset: int) -> int:
        """Offset of the newline that ends the line holding `offset` (or the end of the data)."""
        end = self.data.find(b"\n", offset)
        return len(self.data) if end == -1 else end

    def content_end(self, offset: int) -> int:
        """Back from `offset` over whitespace: a YAML block value's end mark is at the next token."""
        while offset > 0 and self.data[offset - 1 : offset] in (b" ", b"\t", b"\r", b"\n"):
            offset -= 1
        return offset

    def indent_at(self, offset: int) -> str:
        start = self.line_start(offset)
        line = self.data[start : self.line_end(start)].decode("utf-8", "replace")
        return line[: len(line) - len(line.lstrip())]
