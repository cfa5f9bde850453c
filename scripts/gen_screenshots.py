#!/usr/bin/env python3
"""Regenerate the README's pictures from real runs: `check` in colour on the README example, and the
failures report `report` writes for it, rendered as a terminal shows them (SVG, by rich).

usage: python scripts/gen_screenshots.py [--check]
With --check, writes nothing and exits 1 when a picture differs (tests/test_docs.py does the same).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown
from rich.text import Text

from iacreview.cli import main as iacreview
from iacreview.docs import sync

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
EXAMPLE = "tests/fixtures/reviewed-stack/bad.cfn.yaml"  # shown by its path relative to the repository
WIDTH = 110


def run(*args: str) -> str:
    out = io.StringIO()
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            iacreview([*args, "--no-cache", "--isolated"])
    finally:
        os.chdir(cwd)
    return out.getvalue()


def svg(title: str, render: Text | Markdown) -> str:
    console = Console(
        record=True, width=WIDTH, file=io.StringIO(), force_terminal=True, color_system="truecolor"
    )
    console.print(render)
    return console.export_svg(title=title)


def pictures() -> dict[str, str]:
    check = run("check", EXAMPLE, "--color", "always", "--select", "IAC101,IAC103,IAC201,IAC301")
    report = run("report", EXAMPLE, "--select", "IAC301")
    return {
        "check.svg": svg(f"iacreview check {EXAMPLE}", Text.from_ansi(check)),
        "report.svg": svg(f"iacreview report {EXAMPLE}", Markdown(report.split("## Failure severity")[0])),
    }


def main() -> int:
    check = "--check" in sys.argv
    stale = sync(IMAGES, pictures(), check)
    if stale:
        print(("stale: " if check else "wrote: ") + ", ".join(stale), file=sys.stderr)
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
