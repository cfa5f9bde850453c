"""LineIndex: byte offsets to 1-based lines and character columns, checked against a plain oracle."""

from __future__ import annotations

import bisect

import pytest

from iacreview.model.span import LineIndex


def oracle(data: bytes, offset: int) -> tuple[int, int]:
    before = data[: max(0, min(offset, len(data)))]
    line_start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[line_start:].decode("utf-8", "replace")) + 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "\n",
        "one\ntwo\n",
        "one\r\ntwo\r\n\r\nfour",
        "no newline at the end",
        "é\nü€😀 x\n\nlast é",
    ],
)
def test_positions_match_the_oracle_at_every_offset(text: str) -> None:
    data = text.encode("utf-8")
    offsets = [
        o for o in range(-1, len(data) + 2) if not (0 < o < len(data) and (data[o] & 0xC0) == 0x80)
    ]  # not inside a multi-byte character: no span starts there
    shuffled = offsets[::2] + offsets[1::2][::-1]
    # positions are counted from the last offset asked for: forwards, backwards and jumping about
    for order in (offsets, offsets[::-1], shuffled):
        index = LineIndex(data)
        for offset in order:
            assert index.position(offset) == oracle(data, offset), (text, offset)
            assert index.line_of(offset) == (bisect.bisect_right(index.starts, offset)), (text, offset)
    assert index.line_text(1) == text.split("\n")[0].rstrip("\r")
