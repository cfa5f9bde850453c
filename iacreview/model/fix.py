"""What a fix is: edits (a span of the original bytes and its replacement), a title, a safety."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from iacreview.model.span import Span


class Safety(StrEnum):
    """How far a fix may be trusted: `fix` applies safe ones, `--unsafe` also the unsafe ones (they
    change what is deployed); display-only fixes are shown, never applied."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


SAFETIES = tuple(s.value for s in Safety)


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    """Replace `span` with `text`; an empty span inserts, empty text deletes."""

    span: Span
    text: str

    def __reduce__(self) -> tuple[type[Edit], tuple[Span, str]]:
        return Edit, (self.span, self.text)  # as Finding.__reduce__: fast to load in the parent


@dataclass(frozen=True, slots=True)
class Fix:
    title: str
    safety: Safety
    edits: tuple[Edit, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "safety", Safety(self.safety))  # a plain string is checked here

    def __reduce__(self) -> tuple[type[Fix], tuple[str, Safety, tuple[Edit, ...]]]:
        return Fix, (self.title, self.safety, self.edits)  # as Finding.__reduce__

    def applicable(self, unsafe: bool) -> bool:
        return bool(self.edits) and (self.safety is Safety.SAFE or (unsafe and self.safety is Safety.UNSAFE))


def apply_edits(data: bytes, edits: list[Edit]) -> bytes:
    """Apply non-overlapping edits from the end backwards, so earlier offsets stay valid."""
    out = data
    for edit in sorted(set(edits), key=lambda e: (e.span.start, e.span.end), reverse=True):
        out = out[: edit.span.start] + edit.text.encode("utf-8") + out[edit.span.end :]
    return out


def overlaps(a: Edit, b: Edit) -> bool:
    if a == b:
        return False  # the same edit from two fixes (a shared rename) is applied once
    if a.span.file != b.span.file:
        return False
    if a.span.start == a.span.end == b.span.start == b.span.end:
        return True  # two insertions at one place would interleave
    return a.span.start < b.span.end and b.span.start < a.span.end
