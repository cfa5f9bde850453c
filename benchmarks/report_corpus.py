#!/usr/bin/env python3
"""`iacreview compare MODEL_RESPONSE.md IDEAL_RESPONSE.md` on every task of the review corpus, measured
against the reviewer's own MODEL_FAILURES.md. Run by hand:
`.venv/bin/python benchmarks/report_corpus.py [--platform P] [--limit N] [--tasks FILE]`.

Per task (one tab-separated line each with --tasks FILE) and in aggregate:
- the report's length in lines, and that length over the response's code lines;
- the human report's items: its numbered or `###` headings (the failures it lists);
- the resource names of the human report: names of the response's and the reference's resources
  (variable, logical id, written name) that the human report mentions, and which of them iacreview's
  report names too (recall of what the reviewer pointed at);
- the exit status.
Names are matched as whole words, case-sensitively; a name is only counted when it cannot be an
ordinary word (it has a capital after the first letter, a digit, `_` or `-`, or starts with a capital
and is 5 letters or more), so `bucket` in prose does not count.
Reads ../shared/corpus; prints nothing and exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import statistics
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from iacreview.cli import main as iacreview
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from iacreview.frontends.markdown import blocks

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "tasks"
ITEM = re.compile(r"^(?:#{3,6}\s+\S|\d+\.\s+\*\*)", re.MULTILINE)
WORD = re.compile(r"[A-Za-z_][\w-]*")


def human_items(text: str) -> int:
    """The failures a human report lists: `###` headings, or `1. **...**` items where it has none."""
    headings = re.findall(r"^#{3,6}\s+\S", text, re.MULTILINE)
    return len(headings) or len(re.findall(r"^\d+\.\s+\*\*", text, re.MULTILINE))


def distinctive(name: str) -> bool:
    if len(name) < 4:
        return False
    return bool(re.search(r"[a-z][A-Z]|\d|[_-]", name)) or (name[0].isupper() and len(name) >= 5)


def resource_names(scanner: Scanner, path: Path) -> set[str]:
    names: set[str] = set()
    for project in scanner.scan([str(path)]).projects:
        for resource in project.deployed:
            for name in (resource.name, resource.variable or "", resource.logical_path.rsplit("/", 1)[-1]):
                if distinctive(name):
                    names.add(name)
    return names


def code_lines(path: Path) -> int:
    return sum(block.unit.text.count(b"\n") + 1 for block in blocks(str(path), path.read_bytes()))


def measure(task: Path) -> dict[str, object] | None:
    lib = task / "lib"
    response, reference, failures = (
        lib / n for n in ("MODEL_RESPONSE.md", "IDEAL_RESPONSE.md", "MODEL_FAILURES.md")
    )
    if not (response.is_file() and reference.is_file() and failures.is_file()):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.md"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = iacreview(
                ["compare", "--isolated", "--no-cache", str(response), str(reference), "-o", str(out)]
            )
        report = out.read_text(encoding="utf-8") if out.is_file() else ""
    scanner = Scanner(Catalogue.load(), Config(), keep_projects=True)
    names = resource_names(scanner, response) | resource_names(scanner, reference)
    human = failures.read_text(encoding="utf-8", errors="replace")
    human_words, our_words = set(WORD.findall(human)), set(WORD.findall(report))
    named = sorted(n for n in names if n in human_words)
    return {
        "task": f"{task.parent.name}/{task.name}",
        "exit": code,
        "lines": report.count("\n"),
        "code": code_lines(response),
        "items": human_items(human),
        "named": named,
        "found": [n for n in named if n in our_words],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--platform", action="append")
    parser.add_argument("--limit", type=int, default=0, help="tasks per platform (0: all)")
    parser.add_argument("--tasks", type=Path, help="write one line per task to this file")
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        return 0
    tasks = []
    for platform in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        if args.platform and platform.name not in args.platform:
            continue
        found = sorted(t for t in platform.iterdir() if t.is_dir())
        tasks += found[: args.limit] if args.limit else found
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [row for row in pool.map(measure, tasks, chunksize=4) if row is not None]
    if args.tasks:
        with args.tasks.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(
                    "\t".join(
                        str(row[k]) for k in ("task", "exit", "lines", "code", "items", "named", "found")
                    )
                    + "\n"
                )
    ratios = [int(r["lines"]) / max(int(r["code"]), 1) for r in rows]  # type: ignore[call-overload]
    small = [x for x, r in zip(ratios, rows, strict=True) if int(r["code"]) <= 300]  # type: ignore[call-overload]
    named = sum(len(r["named"]) for r in rows)  # type: ignore[arg-type]
    found = sum(len(r["found"]) for r in rows)  # type: ignore[arg-type]
    exits = {code: sum(1 for r in rows if r["exit"] == code) for code in (0, 1, 2)}
    print(f"tasks compared: {len(rows)}  exit 0/1/2: {exits[0]}/{exits[1]}/{exits[2]}")
    print(f"report lines: median {statistics.median(int(r['lines']) for r in rows):.0f}")  # type: ignore[call-overload]
    print(f"report lines / response code lines: median {statistics.median(ratios):.2f}", end="")
    print(f"; stacks of at most 300 code lines: median {statistics.median(small):.2f}" if small else "")
    print(f"human-reported items: {sum(int(r['items']) for r in rows)}")  # type: ignore[call-overload]
    share = f"{found / max(named, 1):.0%}"
    print(f"resource names in the human reports: {named}; also in iacreview's report: {found} ({share})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
