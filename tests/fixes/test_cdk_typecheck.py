"""CDK TypeScript fixes type-check against the real `aws-cdk-lib` v2 typings: the fixed reviewed
stack compiles with `tsc --strict`, and no rule's `fixed.cdk.ts` has a type error its `bad.cdk.ts`
did not have (the examples are snippets: `this` outside a class is an error in both).

The typings are installed from npm once into a cache folder (IACREVIEW_NODE_CACHE, default
~/.cache/iacreview-tests); without npm on the machine the tests are skipped."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from iacreview.cli import main
from tests.fixes.test_typescript_typecheck import installed, typecheck

PACKAGES = ["typescript@5", "aws-cdk-lib@2", "constructs@10", "@types/node@20"]
RULES = Path(__file__).parent.parent.parent / "rules"
STACK = Path(__file__).parent.parent / "fixtures" / "reviewed-stack"
TWINS = sorted(p for p in RULES.glob("*/*/examples/fixed.cdk.ts"))
ERROR = re.compile(r"^(\S+?)\(\d+,\d+\): error (TS\d+)", re.MULTILINE)


@pytest.fixture(scope="session")
def cdk_modules() -> Path:
    return installed("aws-cdk-lib-v2", PACKAGES, "aws-cdk-lib", "2")


def errors(files: dict[str, bytes], folder: Path, node_modules: Path) -> dict[str, Counter[str]]:
    """tsc's error codes per file."""
    done = typecheck(files, folder, node_modules)
    found: dict[str, Counter[str]] = {name: Counter() for name in files}
    for file, code in ERROR.findall(done.stdout):
        found.setdefault(file, Counter())[code] += 1
    return found


def test_tsc_rejects_a_wrong_cdk_program(tmp_path: Path, cdk_modules: Path) -> None:
    """The control: the checker reads the typings (a number where CDK wants RetentionDays is an error)."""
    wrong = b'import * as logs from "aws-cdk-lib/aws-logs";\nimport { Stack } from "aws-cdk-lib";\n'
    wrong += b'new logs.LogGroup(new Stack(), "L", { retention: "30" });\n'
    assert errors({"wrong.ts": wrong}, tmp_path / "w", cdk_modules)["wrong.ts"]


def test_fixed_cdk_typescript_adds_no_type_error(tmp_path: Path, cdk_modules: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(STACK / "bad.cdk.ts", work / "reviewed.ts")
    main(["fix", "--unsafe", "--isolated", str(work / "reviewed.ts")])
    fixed = {"reviewed.ts": (work / "reviewed.ts").read_bytes()}
    bad = {"reviewed.ts": (STACK / "bad.cdk.ts").read_bytes()}
    for twin in TWINS:
        name = f"{twin.parent.parent.name}.ts"
        fixed[name], bad[name] = twin.read_bytes(), twin.with_name("bad.cdk.ts").read_bytes()
    assert len(fixed) > 4
    before = errors(bad, tmp_path / "bad", cdk_modules)
    after = errors(fixed, tmp_path / "fixed", cdk_modules)
    assert after["reviewed.ts"] == Counter(), "the fixed reviewed stack compiles"
    assert {name: after[name] - before[name] for name in fixed} == {name: Counter() for name in fixed}
