"""Expected findings written into example files: a comment `expect: IAC101` on the line before.

`#` and `//` comments both work (inside Markdown fences too). JSON cannot hold comments, so a
sidecar `<file>.expect` lists `LINE: RULE` pairs instead. A rule named twice (`expect: IAC101,
IAC101`, or two sidecar lines) expects two findings on that line.
"""

from __future__ import annotations

import re
from pathlib import Path

EXPECT = re.compile(r"(?:#|//|<!--)\s*expect:\s*([A-Z0-9_, ]+)")


def expected_in(path: Path) -> list[tuple[str, int, str]]:
    """(file, line, rule) for a file, or for every file of an example folder (a project root),
    sorted, one entry per expected finding."""
    files = (
        sorted(p for p in path.rglob("*") if p.is_file() and p.suffix != ".expect")
        if path.is_dir()
        else [path]
    )
    return sorted((str(f), line, rule) for f in files for line, rule in expected_findings(f))


def expected(path: Path) -> set[tuple[int, str]]:
    return set(expected_findings(path))


def expected_findings(path: Path) -> list[tuple[int, str]]:
    sidecar = path.with_name(path.name + ".expect")
    found: list[tuple[int, str]] = []
    if sidecar.is_file():
        for line in sidecar.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                number, rule = line.split(":")
                found.append((int(number), rule.strip()))
        return found
    lines = path.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        match = EXPECT.search(line)
        if not match:
            continue
        target = index + 1
        while target < len(lines) and EXPECT.search(lines[target]):
            target += 1  # several expect lines may stand above one code line
        for rule in match.group(1).replace(" ", "").split(","):
            if rule:
                found.append((target + 1, rule))
    return found
