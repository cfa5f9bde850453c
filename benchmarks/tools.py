#!/usr/bin/env python3
"""iacreview against checkov and cfn-lint, and against the bare parse time, in one run (by hand, not CI).

usage: python benchmarks/tools.py [--corpus DIR] [--runs N] [--skip-others] [--venv DIR]

On the CloudFormation templates of the corpus (the `lib/*.yml|yaml|json` files of cfn-* tasks):
  - iacreview (no cache; all cores, and --jobs 1), checkov and cfn-lint, each on all templates;
  - the parse floor: libyaml's node parse of the same templates, in this process, with Python's
    default cycle collector and (the stricter floor) with the collector set as iacreview sets it;
  - single-file latency of each tool on one template (whole process);
  - peak memory (max RSS) of each tool's process.
On the whole corpus folder: iacreview cold (no cache), warm (cache), and the parse floor of every
file it reads (Markdown blocks by their parsers: libyaml, tree-sitter, `ast`).
checkov and cfn-lint are installed in a throwaway virtualenv. iacreview's modules are compiled to
bytecode first, as pip does for the tools it installs. Prints medians and ratios.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import contextlib
import gc
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from iacreview.cli import GC_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "tasks"
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "elapsed = time.perf_counter() - start\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, proc.returncode)\n"
)


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """(seconds, peak RSS in KB) of one run of a command in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, env=env, check=True
    )
    seconds, rss, code = out.stdout.split()
    if int(code) not in (0, 1, 2, 4, 6, 8, 12):  # linters exit non-zero when they find something
        sys.exit(f"{cmd[0]} failed with {code}")
    return float(seconds), int(rss)


def repeated(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, int]:
    samples = [measure(cmd, env) for _ in range(runs)]
    return statistics.median(s for s, _ in samples), max(r for _, r in samples)


def templates(corpus: Path) -> list[Path]:
    found = []
    for path in sorted(corpus.glob("cfn-*/*/lib/*")):
        if path.suffix in (".yml", ".yaml", ".json") and b"Resources" in path.read_bytes()[:200_000]:
            found.append(path)
    return found


def parse_floor_templates(files: list[Path], gc_threshold: int | None = None) -> float:
    """libyaml's node parse of every template, in this process; with `gc_threshold`, the cycle
    collector set as iacreview's CLI sets it (the stricter floor)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    default = gc.get_threshold()
    if gc_threshold is not None:
        gc.set_threshold(gc_threshold, *default[1:])
    try:
        start = time.perf_counter()
        for path in files:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
            with contextlib.suppress(yaml.YAMLError):
                yaml.compose(text.replace("\t", " ") if path.suffix == ".json" else text, Loader=loader)
        return time.perf_counter() - start
    finally:
        gc.set_threshold(*default)


def parse_floor_corpus(corpus: Path) -> float:
    """Parse every IaC file and Markdown block iacreview reads, with the bare parsers."""
    import tree_sitter
    import tree_sitter_hcl
    import tree_sitter_typescript

    from iacreview.frontends.markdown import blocks

    ts = tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_typescript()))
    hcl = tree_sitter.Parser(tree_sitter.Language(tree_sitter_hcl.language()))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def parse(language: str, text: bytes) -> None:
        if language == "typescript":
            ts.parse(text)
        elif language == "hcl":
            hcl.parse(text)
        elif language == "python":
            with contextlib.suppress(SyntaxError, ValueError):
                ast.parse(text)
        elif language in ("yaml", "json"):
            with contextlib.suppress(yaml.YAMLError):
                yaml.compose(text.decode("utf-8", "replace"), Loader=loader)

    files = [p for p in corpus.rglob("*") if p.is_file()]
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".md":
            for block in blocks(str(path), data):
                parse(block.language, block.unit.text)
        else:
            parse(
                {
                    ".ts": "typescript",
                    ".py": "python",
                    ".yml": "yaml",
                    ".yaml": "yaml",
                    ".json": "json",
                    ".tf": "hcl",
                }.get(path.suffix, ""),
                data,
            )
    return time.perf_counter() - start


def others_venv(folder: Path) -> Path:
    if not (folder / "bin" / "checkov").exists() or not (folder / "bin" / "cfn-lint").exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        subprocess.run([str(folder / "bin" / "pip"), "install", "-q", "checkov", "cfn-lint"], check=True)
    return folder / "bin"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-others", action="store_true", help="measure iacreview and the parse floor only")
    ap.add_argument(
        "--venv", type=Path, help="where to install checkov and cfn-lint (default: a temporary folder)"
    )
    args = ap.parse_args()
    # bytecode as a pip install leaves it (pip compiles every module it installs, checkov's and
    # cfn-lint's included): without it each iacreview run would compile its ~60 modules first
    for folder in (ROOT / "iacreview", ROOT / "rules"):  # the code only, not the example stacks
        compileall.compile_dir(folder, quiet=1, rx=re.compile(r"[/\\](examples|reference)[/\\]"))
    cfn = templates(args.corpus)
    size = sum(p.stat().st_size for p in cfn) / 1e6
    iacreview = [
        sys.executable,
        "-m",
        "iacreview",
        "check",
        "--no-cache",
        "--format",
        "json",
        "--output",
        os.devnull,
    ]
    print(f"CloudFormation templates: {len(cfn)} files, {size:.1f} MB; {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory() as tmp:
        flat = Path(tmp) / "templates"
        flat.mkdir()
        for i, path in enumerate(cfn):  # one folder of copies, for the tools that take a folder
            shutil.copy(path, flat / f"{i:04d}-{path.parent.parent.name}{path.suffix}")
        rows: list[tuple[str, float, int]] = []
        floor = statistics.median(parse_floor_templates(cfn) for _ in range(args.runs))
        strict = statistics.median(parse_floor_templates(cfn, GC_THRESHOLD) for _ in range(args.runs))
        rows.append(("parse floor (libyaml compose)", floor, 0))
        rows.append(("  same, collector as iacreview's", strict, 0))
        rows.append(("iacreview", *repeated([*iacreview, str(flat)], args.runs)))
        rows.append(("iacreview --jobs 1", *repeated([*iacreview, "--jobs", "1", str(flat)], args.runs)))
        one = str(flat / sorted(os.listdir(flat))[0])
        latency = [("iacreview", *repeated([*iacreview, one], max(args.runs, 5)))]
        if not args.skip_others:
            venv = args.venv or Path(tmp) / "venv"
            bin_dir = others_venv(venv)
            checkov = [
                str(bin_dir / "checkov"),
                "--framework",
                "cloudformation",
                "--quiet",
                "--compact",
                "-o",
                "json",
            ]
            cfnlint = [str(bin_dir / "cfn-lint"), "--format", "json"]
            rows.append(("checkov", *measure([*checkov, "-d", str(flat)])))
            rows.append(("cfn-lint", *measure([*cfnlint, *sorted(str(p) for p in flat.iterdir())])))
            latency.append(("checkov", *repeated([*checkov, "-f", one], 3)))
            latency.append(("cfn-lint", *repeated([*cfnlint, one], 3)))

        base = dict((name, seconds) for name, seconds, _ in rows)["iacreview"]
        print(f"\n{'all templates':32} {'seconds':>9} {'peak MB':>8} {'x iacreview':>12}")
        for name, seconds, rss in rows:
            print(f"{name:32} {seconds:>9.2f} {rss / 1024:>8.0f} {seconds / base:>12.1f}")
        print(f"iacreview is {base / floor:.2f}x the parse floor (target: within 2x)")
        print(f"iacreview is {base / strict:.2f}x the parse floor with iacreview's collector setting")
        for other in ("checkov", "cfn-lint"):
            seconds = dict((n, s) for n, s, _ in rows).get(other)
            if seconds:
                print(f"iacreview is {seconds / base:.0f}x faster than {other}")
        print(f"\n{'one template (whole process)':32} {'seconds':>9} {'peak MB':>8}")
        for name, seconds, rss in latency:
            print(f"{name:32} {seconds:>9.3f} {rss / 1024:>8.0f}")

    corpus_floor = parse_floor_corpus(args.corpus)
    cold = repeated([*iacreview, str(args.corpus)], args.runs)
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "IACREVIEW_CACHE_DIR": cache}
        warm_cmd = [c for c in iacreview if c != "--no-cache"] + [str(args.corpus)]
        measure(warm_cmd, env)
        warm = repeated(warm_cmd, args.runs, env)
    files = sum(1 for p in args.corpus.rglob("*") if p.is_file())
    print(
        f"\nwhole corpus folder ({files} files): cold {cold[0]:.1f} s (peak {cold[1] / 1024:.0f} MB), "
        f"warm cache {warm[0]:.2f} s; parse floor {corpus_floor:.1f} s (target: under 60 s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
