#!/usr/bin/env python3
"""How often rules fire on the generated answers of the review corpus against the corrected ones:
a useful review rule fires more on MODEL_RESPONSE.md than on IDEAL_RESPONSE.md. Run by hand:
`.venv/bin/python benchmarks/rules_corpus.py --select IAC010 [--select ...] [--sample N]`.

Per rule: findings on the responses, on the references, tasks with a finding in each, and with
--sample N, N findings of the responses drawn at random (fixed seed) to judge by reading the code.
Reads ../shared/corpus; prints nothing and exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from iacreview.model.span import LineIndex

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "tasks"
DOCUMENTS = ("MODEL_RESPONSE.md", "IDEAL_RESPONSE.md")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--select", action="append", required=True)
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        return 0
    scanner = Scanner(Catalogue.load(), Config(preview=True), select=args.select)
    counts: dict[str, Counter[str]] = {doc: Counter() for doc in DOCUMENTS}
    tasks: dict[str, Counter[str]] = {doc: Counter() for doc in DOCUMENTS}
    shown: list[tuple[str, str, int, str]] = []
    for doc in DOCUMENTS:
        paths = sorted(str(p) for p in CORPUS.glob(f"*/*/lib/{doc}"))
        result = scanner.scan(paths)
        seen: set[tuple[str, str]] = set()
        for finding in result.findings:
            counts[doc][finding.rule_id] += 1
            seen.add((finding.rule_id, finding.path))
            if doc == DOCUMENTS[0]:
                line = LineIndex(result.sources[finding.path]).position(finding.span.start)[0]
                shown.append((finding.rule_id, finding.path, line, finding.message))
        for rule, _ in seen:
            tasks[doc][rule] += 1
    print("| rule | findings on responses | on references | tasks (responses) | tasks (references) |")
    print("|---|---|---|---|---|")
    for rule in sorted(set(counts[DOCUMENTS[0]]) | set(counts[DOCUMENTS[1]])):
        row = [
            counts[DOCUMENTS[0]][rule],
            counts[DOCUMENTS[1]][rule],
            tasks[DOCUMENTS[0]][rule],
            tasks[DOCUMENTS[1]][rule],
        ]
        print(f"| {rule} | " + " | ".join(str(n) for n in row) + " |")
    if args.sample:
        rng = random.Random(0)
        for rule in sorted({s[0] for s in shown}):
            mine = [s for s in shown if s[0] == rule]
            for _, path, line, message in rng.sample(mine, min(args.sample, len(mine))):
                print(f"{path.split('tasks/')[-1]}:{line}: {rule} {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
