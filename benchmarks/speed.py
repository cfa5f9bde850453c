#!/usr/bin/env python3
"""Speed of iacreview, run by hand (never in CI: these machines are noisy).

usage: python benchmarks/speed.py [--runs N] [--corpus DIR] [--skip-corpus] [--fix-platform P]

Measures in one run, so the numbers compare with each other:
  - the baseline: a bare `python -c pass` process, the floor of any Python CLI;
  - single-file latency: `iacreview check FILE` as a whole process, per frontend (median of N);
  - the whole corpus folder: `iacreview check CORPUS` (median of 3), files and MB per second;
  - fix on one platform's folder (default cfn-yaml): `fix --unsafe --diff` against `check` on the
    same folder (median of 3 each); fix rescans after every pass, so this ratio is its cost.
Prints medians and ratios against the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STACK = ROOT / "tests" / "fixtures" / "reviewed-stack"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "tasks"
SINGLE_FILES = ["bad.pulumi.ts", "bad.pulumi.py", "bad.cfn.yaml", "bad.cfn.json", "bad.md"]


def timed(cmd: list[str], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        samples.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return samples


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--skip-corpus", action="store_true")
    ap.add_argument("--fix-platform", default="cfn-yaml", help="corpus platform folder to time fix on")
    args = ap.parse_args()
    cli = [sys.executable, "-m", "iacreview", "check", "--no-source"]

    base = statistics.median(timed([sys.executable, "-c", "pass"], args.runs))
    print(f"baseline `python -c pass`: median {base * 1000:.0f} ms over {args.runs} runs")
    print(f"{'single file':24} {'median ms':>10} {'min ms':>8} {'x baseline':>11}")
    medians = []
    for name in SINGLE_FILES:
        samples = timed([*cli, str(STACK / name)], args.runs)
        med = statistics.median(samples)
        medians.append(med)
        print(f"{name:24} {med * 1000:>10.0f} {min(samples) * 1000:>8.0f} {med / base:>11.1f}")
    latency = statistics.median(medians) * 1000
    print(f"single-file latency, median over the frontends: {latency:.0f} ms (target < 300 ms)")

    if not args.skip_corpus and args.corpus.is_dir():
        files = [p for p in args.corpus.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files) / 1e6
        samples = timed([*cli, str(args.corpus)], 3)
        med = statistics.median(samples)
        print(
            f"whole corpus {args.corpus}: {len(files)} files, {size:.1f} MB: median {med:.1f} s "
            f"(min {min(samples):.1f} s), {len(files) / med:.0f} files/s, {size / med:.1f} MB/s"
        )
        folder = str(args.corpus / args.fix_platform)
        checked = statistics.median(timed([*cli, "--no-cache", folder], 3))
        fixed = statistics.median(
            timed([sys.executable, "-m", "iacreview", "fix", "--unsafe", "--diff", folder], 3)
        )
        print(
            f"fix --unsafe --diff on {args.fix_platform}: median {fixed:.1f} s, check {checked:.1f} s: "
            f"{fixed / checked:.1f}x check"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
