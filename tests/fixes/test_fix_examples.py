"""Before/after tests for every fix, per frontend: each fixable rule's bad example, fixed with only
that rule selected, must equal its `fixed.*` twin in the rule's examples, no longer raise the rule,
and stay unchanged when fixed again.

Regenerate the expected files after a deliberate change with `IACREVIEW_REGEN=1 pytest tests/fixes`,
then read the diff before committing it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iacreview.cli import main
from iacreview.docs import examples
from iacreview.engine.catalogue import Catalogue, Rule
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from iacreview.frontends import registry
from iacreview.model.finding import Finding
from tests.test_examples import example_config

CATALOGUE = Catalogue.load()
FIXABLE = [rule for rule in CATALOGUE.rules if rule.fixable]


def edited(rule: Rule) -> tuple[str, ...]:
    """The example suffixes a rule's fixes edit: the frontends the registry fixes for every rule, and
    those the rule has a `fixed.*` example of (CDK, CDKTF, Terraform)."""
    return tuple(f".{f.example}" for f in registry.FRONTENDS if f.fixes or f.id in rule.fixed_frontends)


CASES = [
    (rule.id, path)
    for rule in FIXABLE
    for path in examples(rule)
    if path.is_file() and path.name.startswith("bad.") and path.name.endswith(edited(rule))
]
RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
REGEN = os.environ.get("IACREVIEW_REGEN") == "1"


def fixed_twin(bad: Path) -> Path:
    return bad.with_name("fixed." + bad.name.removeprefix("bad."))


def fix_copy(rule_id: str, bad: Path, workdir: Path) -> Path:
    target = workdir / bad.name
    shutil.copyfile(bad, target)
    config = bad.parent / "config.yaml"
    settings = ["--config", str(config)] if config.is_file() else ["--isolated"]
    main(["fix", "--unsafe", "--select", rule_id, *settings, str(target)])
    return target


def fixable_findings(rule_id: str, path: Path, config: Config) -> list[Finding]:
    """The rule's findings on `path` that still offer a fix (a finding without one may stay)."""
    result = Scanner(CATALOGUE, config, select=[rule_id]).scan([str(path)])
    return [f for f in result.findings if f.rule_id == rule_id and f.fix is not None]


@pytest.mark.parametrize(("rule_id", "bad"), CASES, ids=[f"{r}/{p.name}" for r, p in CASES])
def test_fix_matches_the_expected_file(rule_id: str, bad: Path, tmp_path: Path) -> None:
    fixed = fix_copy(rule_id, bad, tmp_path)
    after = fixed.read_bytes()
    expected = fixed_twin(bad)
    if REGEN:
        if after != bad.read_bytes():
            expected.write_bytes(after)
        elif expected.exists():
            expected.unlink()
    if not expected.exists():
        assert after == bad.read_bytes(), f"{rule_id} fixed {bad.name} but has no {expected.name}"
        pytest.skip(f"{rule_id} offers no fix for {bad.name}")
    assert after == expected.read_bytes()
    assert not fixable_findings(rule_id, fixed, example_config(bad, CATALOGUE)), f"{rule_id} fix left work"
    main(["fix", "--unsafe", "--select", rule_id, "--isolated", str(fixed)])
    assert fixed.read_bytes() == after, "a second fix changed the file"


@pytest.mark.parametrize("rule", FIXABLE, ids=[r.id for r in FIXABLE])
def test_every_fixable_rule_fixes_pulumi_and_cloudformation(rule: Rule) -> None:
    twins = {p.name for p in (rule.folder / "examples").glob("fixed.*")}
    for wanted in ("fixed.pulumi.ts", "fixed.cfn.yaml"):
        assert wanted in twins, f"{rule.id} has no {wanted}"


def _pyflakes_problems(path: Path) -> set[str]:
    """What pyflakes (ruff's F rules) says about a file, without positions (F821 Undefined name)."""
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
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return {line.split(": ", 1)[1] for line in ruff.stdout.splitlines() if ": F" in line}


FIXED_PYTHON = sorted(RULES_DIR.glob("*/*/examples/fixed.pulumi.py"))


@pytest.mark.parametrize("fixed", FIXED_PYTHON, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_fixed_python_compiles_and_is_pyflakes_clean(fixed: Path) -> None:
    """What a fix writes in Python is real Python: it compiles, and pyflakes (ruff's F rules) finds no
    undefined name, unused import or redefinition in it."""
    compile(fixed.read_text(encoding="utf-8"), str(fixed), "exec")
    assert _pyflakes_problems(fixed) == set()


@pytest.mark.parametrize(("rule_id", "bad"), CASES, ids=[f"{r}/{p.name}" for r, p in CASES])
def test_a_crlf_file_is_fixed_with_crlf_line_breaks(rule_id: str, bad: Path, tmp_path: Path) -> None:
    """The same example with Windows line breaks gives the same fix, with Windows line breaks."""
    expected = fixed_twin(bad)
    if not expected.exists():
        pytest.skip(f"{rule_id} offers no fix for {bad.name}")
    crlf = tmp_path / "crlf"
    crlf.mkdir()
    source = crlf / bad.name
    source.write_bytes(bad.read_bytes().replace(b"\n", b"\r\n"))
    fixed = fix_copy(rule_id, source, tmp_path)
    assert fixed.read_bytes() == expected.read_bytes().replace(b"\n", b"\r\n")


STYLED_TS = """\
import * as aws from '@pulumi/aws';

/** The application's data. */
const data = new aws.s3.Bucket('data', {
  serverSideEncryptionConfiguration: {
    rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
  },
});

export const bucketName = data.bucket;
"""


def test_an_added_key_follows_the_files_indentation_and_quotes(tmp_path: Path) -> None:
    """Two-space, single-quote TypeScript gets the key in two spaces and single quotes, above the
    JSDoc of the bucket (a comment stays with what it documents)."""
    target = tmp_path / "index.ts"
    target.write_text(STYLED_TS)
    main(["fix", "--unsafe", "--isolated", "--no-cache", "--select", "IAC101", str(target)])
    fixed = target.read_text()
    assert "import * as pulumi from '@pulumi/pulumi';\nimport * as aws from '@pulumi/aws';\n" in fixed
    assert "const dataKey = new aws.kms.Key('data-key', {\n  description: 'Application data key',\n" in fixed
    assert "});\n\n/** The application's data. */\nconst data = new aws.s3.Bucket('data', {" in fixed
    assert "sseAlgorithm: 'aws:kms', kmsMasterKeyId: dataKey.arn" in fixed
    assert '"' not in fixed


FIXED_CDK_PYTHON = sorted(RULES_DIR.glob("*/*/examples/fixed.cdk*.py"))


@pytest.mark.parametrize("fixed", FIXED_CDK_PYTHON, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_fixed_cdk_python_compiles_and_adds_no_pyflakes_error(fixed: Path) -> None:
    """CDK examples are snippets (`self` outside a class is undefined in both): the fix compiles and
    adds no kind of pyflakes error its bad twin does not have."""
    compile(fixed.read_text(encoding="utf-8"), str(fixed), "exec")
    bad = fixed.with_name(fixed.name.replace("fixed.", "bad.", 1))
    assert _pyflakes_problems(fixed) <= _pyflakes_problems(bad)
