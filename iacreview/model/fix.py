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
    """Apply non-overlapping edits (an edit given twice once); insertions at one point go in the
    order given, so several fixes may add lines at the same place."""
    unique = list(dict.fromkeys(edits))
    order = sorted(range(len(unique)), key=lambda i: (unique[i].span.start, unique[i].span.end, i))
    out: list[bytes] = []
    position = 0
    for index in order:
        edit = unique[index]
        out += [data[position : edit.span.start], edit.text.encode("utf-8")]
        position = max(position, edit.span.end)
    out.append(data[position:])
    return b"".join(out)


def overlaps(a: Edit, b: Edit) -> bool:
    """Whether two edits touch the same bytes. The same edit twice (a shared rename) and two
    insertions at one point do not: the first is applied once, the others one after the other."""
    if a == b or a.span.file != b.span.file:
        return False
    return a.span.start < b.span.end and b.span.start < a.span.end
