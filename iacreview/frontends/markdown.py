"""IaC inside Markdown: fenced code blocks become source units of one project.

Positions stay those of the `.md` file: each unit is the block's own text plus its byte offset.
A block's file name comes from a heading, bold line or comment just above it, or a path comment
on its first line; a later block with the same file name replaces the earlier one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from iacreview.frontends import registry
from iacreview.frontends.base import SourceUnit

# info string -> the dialect of the languages that read it (the registry's), or what a block is
# when no frontend reads it
FENCE_LANGUAGES = {
    **registry.FENCE_DIALECTS,
    "toml": "manifest",
    "text": "manifest",
    "txt": "manifest",
    "": "unknown",
}
EXTENSION_LANGUAGES = registry.SUFFIX_DIALECTS
# fence languages that are never IaC, whatever file a nearby line names
NOT_CODE = frozenset(
    {
        "bash",
        "sh",
        "shell",
        "zsh",
        "console",
        "shell-session",
        "powershell",
        "ps1",
        "cmd",
        "bat",
        "text",
        "txt",
    }
)
_FENCE = re.compile(rb"^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`{]*)([^\n]*)$")
_FENCE_RUN = re.compile(rb"```|~~~")
_ANY_FILE = re.compile(r"([\w@][\w./@-]*\.[A-Za-z0-9]+)\b")
_FILE_NAME = re.compile(r"([\w@][\w./@-]*\.(?:tsx?|jsx?|mjs|py|ya?ml|json|tf|txt|toml)|Pipfile)\b")
_TEST_NAME = re.compile(
    r"(^|/)(tests?|__tests__)/|\.(test|spec)\.[jt]sx?$|(^|/)test_[^/]*\.py$|_test\.py$|conftest\.py$"
)


@dataclass
class Block:
    language: str
    unit: SourceUnit
    line: int  # 1-based line of the opening fence


def blocks(path: str, data: bytes) -> list[Block]:
    """The code blocks of a document, after later blocks replace earlier ones of the same name."""
    lines = data.split(b"\n")
    found: list[Block] = []
    starts = [0, *itertools.accumulate(len(line) + 1 for line in lines[:-1])]
    # only a line holding a run of three backticks or tildes can open, close or end a block: the
    # loops below step from one such line to the next instead of matching every line
    runs = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _FENCE_RUN.finditer(data)})
    k = 0
    while k < len(runs):
        i = runs[k]
        match = _FENCE.match(lines[i].rstrip(b"\r"))
        if not match:
            k += 1
            continue
        fence = match.group(2)
        info = match.group(3).decode("utf-8", "replace").lower().strip("{}.")
        close = len(lines)  # unclosed: the block runs to the end
        body_end = -1
        reopened = False
        for candidate in itertools.islice(runs, k + 1, None):  # a slice would copy: quadratic
            stripped = lines[candidate].strip()
            if stripped.startswith(fence[:1] * len(fence)) and not stripped.strip(fence[:1]):
                close = candidate
                break
            inner = _FENCE.match(lines[candidate].rstrip(b"\r"))
            if inner and inner.group(3) and inner.group(2).startswith(fence[:1]):
                close, reopened = candidate, True  # unclosed: a tagged fence starts the next block
                break
            if stripped.endswith(fence) and not _FENCE.match(lines[candidate]):
                # generated answers often close a fence on the code's last line: `}```
                close = candidate
                body_end = starts[close] + lines[close].rstrip(b"\r").rfind(fence)
                break
        body_start = starts[i + 1] if i + 1 < len(starts) else len(data)
        if body_end == -1:
            body_end = starts[close] if close < len(starts) else len(data)
        text = data[body_start:body_end]
        named = _ANY_FILE.search(match.group(4).decode("utf-8", "replace"))  # ```hcl - modules/x/user_data.sh
        name = _clean(named.group(1)) if named else _name_for(lines, i, text)
        language = FENCE_LANGUAGES.get(info, "other")
        if named and not any(name.endswith(ext) for ext in EXTENSION_LANGUAGES):
            language = "other"  # the info string names a file we do not read
        if name and info not in NOT_CODE:  # a ```bash block under "run main.py" is still shell
            for ext, lang in EXTENSION_LANGUAGES.items():
                if name.endswith(ext) and language in ("unknown", "other", "manifest"):
                    language = lang
            if name in ("requirements.txt", "Pipfile", "pyproject.toml", "package.json") or name.endswith(
                ("/requirements.txt", "/package.json", "/pyproject.toml")
            ):
                language = "manifest"
        found.append(Block(language, SourceUnit(path, text, body_start, name), i + 1))
        k = bisect.bisect_left(runs, close if reopened else close + 1)
    drafts = _draft_region(data, starts, lines)
    if drafts is not None:  # code drafted while reasoning is not the answer
        found = [b for b in found if not drafts[0] <= b.unit.base < drafts[1]]
    latest: dict[str, int] = {}
    for index, block in enumerate(found):
        if block.unit.name:
            latest[block.unit.name] = index
    return [b for i, b in enumerate(found) if not b.unit.name or latest[b.unit.name] == i]


def _draft_region(data: bytes, starts: list[int], lines: list[bytes]) -> tuple[int, int] | None:
    """Where a generated answer reasons before answering (`### Reasoning Trace` up to `### Answer`,
    or `<thinking>` up to `</thinking>`): byte offsets, or None when the document has no such part."""
    for opening, closing in _DRAFT_MARKERS:
        begin = next((i for i, line in enumerate(lines) if opening.match(line)), None)
        if begin is None:
            continue
        end = next((i for i in range(begin + 1, len(lines)) if closing.match(lines[i])), None)
        if end is not None:
            return starts[begin], starts[end]
    return None


_DRAFT_MARKERS = (
    (
        re.compile(rb"^#{1,4}\s*(reasoning|thinking)\b", re.I),
        re.compile(rb"^#{1,4}\s*(final\s+)?answer\b", re.I),
    ),
    (re.compile(rb"^\s*<(thinking|reasoning)>", re.I), re.compile(rb"^\s*</(thinking|reasoning)>", re.I)),
)


def is_test(name: str) -> bool:
    return bool(_TEST_NAME.search(name))


def _name_for(lines: list[bytes], fence_line: int, body: bytes) -> str:
    first = body.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    if first.startswith(("//", "#", "/*")) and not first.startswith("#!"):
        match = _FILE_NAME.search(first)
        if match:
            return _clean(match.group(1))
    j = fence_line - 1
    looked = 0
    while j >= 0 and looked < 3:
        text = lines[j].decode("utf-8", "replace").strip()
        j -= 1
        if not text:
            continue
        looked += 1
        match = _FILE_NAME.search(text)
        if match and (text.startswith(("#", "*", "`", "File", "file", "**")) or len(text) < 120):
            return _clean(match.group(1))
        if text.startswith("```"):
            break
    return ""


def _clean(name: str) -> str:
    return name.strip("`*_ ").lstrip("./")
