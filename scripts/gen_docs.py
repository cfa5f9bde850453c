#!/usr/bin/env python3
"""Regenerate docs/rules/ (one page a rule, and an index) from the catalogue.

usage: python scripts/gen_docs.py [--check]
With --check, writes nothing and exits 1 when a page differs (tests/test_docs.py does the same).
"""

from __future__ import annotations

import sys
from pathlib import Path

from iacreview.docs import rule_markdown, sync
from iacreview.engine.catalogue import Catalogue

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"


def pages() -> dict[str, str]:
    catalogue = Catalogue.load()
    out = {f"{rule.name}.md": rule_markdown(rule).rstrip("\n") + "\n" for rule in catalogue.rules}
    rows = ["# Rules", "", "| id | name | status | severity | fix | summary |", "|---|---|---|---|---|---|"]
    for rule in catalogue.rules:
        fix = "yes" if rule.fixable else "no"
        link = f"[{rule.name}]({rule.name}.md)"
        rows.append(f"| {rule.id} | {link} | {rule.status} | {rule.severity} | {fix} | {rule.summary} |")
    out["README.md"] = "\n".join(rows) + "\n"
    return out


def main() -> int:
    check = "--check" in sys.argv
    stale = sync(DOCS, pages(), check)
    if check and stale:
        print(f"stale docs: {', '.join(stale)}; run python scripts/gen_docs.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
