#!/usr/bin/env python3
"""`iacreview fix --unsafe`, twice, on the code of every task of the review corpus, checked by the
real tools. Run by hand: `.venv/bin/python benchmarks/fix_corpus.py [--limit N] [--platform P]`.

A task's code is its `lib/` template files (CloudFormation, Terraform) or, for program platforms,
the fenced blocks of its generated answer (`MODEL_RESPONSE.md`) written out as files: the code a
user would have. Each task is fixed in a copy of its own. Per platform it prints:
- tasks, and those whose second run still changed something (must be 0);
- fixable findings before, and how many of them are left after (target: at most 20%);
- what the real tools say before and after: new cfn-lint E errors (CloudFormation), files that no
  longer compile and new `ruff --select F` errors (Python), new `tsc` errors (Pulumi TypeScript against
  `@pulumi/aws` v7, CDK against `aws-cdk-lib` v2: the typings the tests install into IACREVIEW_NODE_CACHE
  or ~/.cache/iacreview-tests; CDKTF is not type-checked, its provider bindings are not installed),
  Terraform files `terraform fmt` would now rewrite (when terraform is installed).
Reads ../shared/corpus; prints nothing and exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from iacreview.cli import main as iacreview
from iacreview.frontends.markdown import blocks

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "tasks"
SUFFIX = {"typescript": ".ts", "python": ".py", "yaml": ".yaml", "json": ".json", "hcl": ".tf"}
CACHE = Path(os.environ.get("IACREVIEW_NODE_CACHE", Path.home() / ".cache" / "iacreview-tests"))
# the typings the tests install: @pulumi/aws v7 (test_typescript_typecheck) and aws-cdk-lib v2
# (test_cdk_typecheck); CDKTF's provider bindings are not installed, so CDKTF code is not type-checked
TYPINGS = {"pulumi": CACHE / "pulumi-aws-v7", "cdk": CACHE / "aws-cdk-lib-v2"}


def task_code(task: Path, into: Path) -> list[Path]:
    """Write the task's code files into `into`; the files written."""
    written: list[Path] = []
    lib = task / "lib"
    for path in sorted(lib.iterdir()) if lib.is_dir() else []:
        if path.suffix in (".json", ".yml", ".yaml", ".tf") and path.is_file():
            written.append(into / path.name)
            shutil.copyfile(path, written[-1])
    if written:
        return written
    answer = lib / "MODEL_RESPONSE.md"
    if not answer.is_file():
        return []
    for index, block in enumerate(blocks(str(answer), answer.read_bytes())):
        suffix = SUFFIX.get(block.language)
        if suffix is None:
            continue
        name = Path(block.unit.name).name if block.unit.name.endswith(suffix) else f"block{index}{suffix}"
        target = into / name
        if target.exists():
            target = into / f"block{index}{suffix}"
        target.write_bytes(block.unit.text)
        written.append(target)
    return written


def quiet(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = iacreview(argv)
    return code, out.getvalue()


def fixable(folder: Path) -> Counter[str]:
    """Fixable findings (with --unsafe) by fingerprint-free key: rule, file, line."""
    _, out = quiet(["check", "--isolated", "--no-cache", "--format", "json", str(folder)])
    report = json.loads(out or '{"findings": []}')
    return Counter(f"{f['rule_id']}:{f['path']}:{f['line']}" for f in report["findings"] if f["fixable"])


def digest(files: list[Path]) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in files if p.exists())).hexdigest()


def cfn_errors(files: list[Path]) -> int:
    try:
        from cfnlint import api
    except ImportError:
        return 0
    count = 0
    for path in files:
        if path.suffix in (".json", ".yaml", ".yml"):
            with contextlib.suppress(Exception):
                count += sum(1 for m in api.lint_file(path) if m.rule.id.startswith("E"))
    return count


def python_problems(files: list[Path]) -> tuple[int, int]:
    """(files that do not compile, ruff F errors)."""
    sources = [p for p in files if p.suffix == ".py"]
    broken = 0
    for path in sources:
        try:
            compile(path.read_bytes(), str(path), "exec")
        except (SyntaxError, ValueError):
            broken += 1
    if not sources:
        return 0, 0
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "F",
            "--no-cache",
            "--output-format",
            "concise",
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return broken, len(re.findall(r"^\S+:\d+:\d+: F\d+", ruff.stdout, re.MULTILINE))


def unformatted(files: list[Path]) -> int | None:
    """Terraform files `terraform fmt -check` would rewrite (None when terraform is not installed)."""
    terraform = shutil.which("terraform")
    sources = [str(p) for p in files if p.suffix == ".tf"]
    if terraform is None or not sources:
        return None
    run = subprocess.run([terraform, "fmt", "-check", "-list=true", *sources], capture_output=True, text=True)
    return len([line for line in run.stdout.splitlines() if line.strip()])


def tsc_errors(folder: Path, files: list[Path], platform: str) -> int | None:
    typings = TYPINGS.get(platform.split("-")[0])
    if typings is None:
        return None
    tsc = typings / "node_modules" / "typescript" / "bin" / "tsc"
    sources = [p for p in files if p.suffix == ".ts"]
    if not sources or not tsc.is_file():
        return None
    link = folder / "node_modules"
    if not link.exists():
        link.symlink_to(typings / "node_modules")
    run = subprocess.run(
        [
            "node",
            str(tsc),
            "--noEmit",
            "--skipLibCheck",
            "--esModuleInterop",
            "--target",
            "es2020",
            "--moduleResolution",
            "node",
            "--module",
            "commonjs",
            "--types",
            "node",
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )
    return len(re.findall(r"error TS\d+", run.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="tasks per platform (0: all)")
    parser.add_argument("--platform", action="append", help="only these platforms (cfn-yaml, ...)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        return 0
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for platform in sorted(p.name for p in CORPUS.iterdir() if p.is_dir()):
        if args.platform and platform not in args.platform:
            continue
        tasks = sorted((CORPUS / platform).iterdir())[: args.limit or None]
        print(f"{platform}: {len(tasks)} tasks", file=sys.stderr, flush=True)
        for task in tasks:
            with tempfile.TemporaryDirectory() as work:
                folder = Path(work)
                files = task_code(task, folder)
                if not files:
                    continue
                row = rows[platform]
                row["tasks"] += 1
                before = fixable(folder)
                cfn0, (py0, f0), ts0 = (
                    cfn_errors(files),
                    python_problems(files),
                    tsc_errors(folder, files, platform),
                )
                fmt0 = unformatted(files)
                quiet(["fix", "--unsafe", "--isolated", "--no-cache", str(folder)])
                once = digest(files)
                quiet(["fix", "--unsafe", "--isolated", "--no-cache", str(folder)])
                if digest(files) != once:  # named, to look into: a second run must change nothing
                    row["second run changed"] += 1
                    print(f"  second run changed {task.name}", file=sys.stderr, flush=True)
                after = fixable(folder)
                row["fixable before"] += sum(before.values())
                row["fixable after"] += sum(after.values())
                cfn1, (py1, f1), ts1 = (
                    cfn_errors(files),
                    python_problems(files),
                    tsc_errors(folder, files, platform),
                )
                fmt1 = unformatted(files)
                if fmt0 is not None and fmt1 is not None:
                    row["files terraform fmt would newly rewrite"] += max(0, fmt1 - fmt0)
                row["new cfn-lint E"] += max(0, cfn1 - cfn0)
                row["tasks with new cfn-lint E"] += cfn1 > cfn0
                row["python files no longer compiling"] += max(0, py1 - py0)
                row["new ruff F"] += max(0, f1 - f0)
                if ts0 is not None and ts1 is not None:
                    row["tsc-checked tasks"] += 1
                    row["new tsc errors"] += max(0, ts1 - ts0)
                    row["tasks with new tsc errors"] += ts1 > ts0
        if platform in rows:  # each platform's row as soon as it is done (a full run takes long)
            print(f"{platform} done: " + json.dumps(rows[platform]), file=sys.stderr, flush=True)
    columns = [
        "tasks",
        "second run changed",
        "fixable before",
        "fixable after",
        "new cfn-lint E",
        "tasks with new cfn-lint E",
        "python files no longer compiling",
        "new ruff F",
        "tsc-checked tasks",
        "new tsc errors",
        "tasks with new tsc errors",
        "files terraform fmt would newly rewrite",
    ]
    print("platform  " + "  ".join(f"{c:>12}" for c in ["left %", *columns]))
    for platform, row in rows.items():
        left = 100 * row["fixable after"] / row["fixable before"] if row["fixable before"] else 0.0
        print(f"{platform:<9} " + "  ".join(f"{v:>12}" for v in [f"{left:.0f}", *(row[c] for c in columns)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
