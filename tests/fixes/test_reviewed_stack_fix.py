"""`iacreview fix --unsafe` on the reviewed stack's generated answers: the reviewers' failures are
gone, a second run changes no byte, and the result is real code (cfn-lint passes the template, the
Python runs under Pulumi's mocks; the TypeScript type-check is in test_typescript_typecheck.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iacreview.cli import main
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner

STACK = Path(__file__).parent.parent / "fixtures" / "reviewed-stack"
FIXED_RULES = {"IAC101", "IAC102", "IAC103", "IAC104", "IAC201", "IAC301", "IAC302", "IAC401", "IAC501"}
FILES = ["bad.pulumi.ts", "bad.pulumi.py", "bad.cfn.yaml", "bad.cfn.json", "bad.md"]


def fixed_copy(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(STACK / name, target)
    main(["fix", "--unsafe", "--isolated", str(target)])
    return target


def rules_on(path: Path) -> set[str]:
    result = Scanner(Catalogue.load(), Config()).scan([str(path)])
    return {f.rule_id for f in result.findings}


@pytest.mark.parametrize("name", FILES)
def test_fix_removes_the_reviewed_failures_and_is_idempotent(name: str, tmp_path: Path) -> None:
    before = rules_on(STACK / name)
    assert FIXED_RULES & before, "the fixture shows failures to fix"
    fixed = fixed_copy(name, tmp_path)
    left = rules_on(fixed) & FIXED_RULES
    if name == "bad.md":
        # the Markdown answer's alarm is created without a variable: there is nothing to export
        assert left == {"IAC501"}
    else:
        assert left == set()
    once = fixed.read_bytes()
    main(["fix", "--unsafe", "--isolated", str(fixed)])
    assert fixed.read_bytes() == once


@pytest.mark.parametrize("name", ["bad.cfn.yaml", "bad.cfn.json"])
def test_fixed_template_passes_cfn_lint(name: str, tmp_path: Path) -> None:
    api = pytest.importorskip("cfnlint.api")
    fixed = fixed_copy(name, tmp_path)
    errors = [m for m in api.lint_file(fixed) if m.rule.id.startswith("E")]
    assert errors == []


def test_fixed_python_runs_under_pulumi_mocks(tmp_path: Path) -> None:
    pytest.importorskip("pulumi_aws")
    fixed = fixed_copy("bad.pulumi.py", tmp_path)
    report = tmp_path / "registered.json"
    runner = tmp_path / "run_with_mocks.py"
    runner.write_text(MOCK_RUNNER.format(program=str(fixed), report=str(report)))
    done = subprocess.run([sys.executable, str(runner)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    registered = json.loads(report.read_text())
    types = {r["type"] for r in registered}
    assert "aws:kms/key:Key" in types
    assert "aws:s3/bucketVersioning:BucketVersioning" in types  # the V2 resources were renamed
    encryption = next(r for r in registered if r["type"].endswith("BucketServerSideEncryptionConfiguration"))
    rule = encryption["inputs"]["rules"][0]
    assert rule["applyServerSideEncryptionByDefault"]["sseAlgorithm"] == "aws:kms"
    assert rule["bucketKeyEnabled"] is True
    log_groups = [r for r in registered if r["type"] == "aws:cloudwatch/logGroup:LogGroup"]
    assert log_groups, "monitoring exists outside production after the fix"


MOCK_RUNNER = textwrap.dedent(
    """
    import json, runpy
    import pulumi

    registered = []

    class Mocks(pulumi.runtime.Mocks):
        def new_resource(self, args):
            registered.append({{"type": args.typ, "name": args.name, "inputs": args.inputs}})
            return args.name + "-id", {{**args.inputs, "arn": "arn:aws:mock:::" + args.name}}

        def call(self, args):
            if args.token == "aws:index/getCallerIdentity:getCallerIdentity":
                return {{"accountId": "123456789012", "arn": "arn:aws:iam::123456789012:root", "userId": "x"}}, []
            return dict(args.args), []

    pulumi.runtime.set_mocks(Mocks(), project="app", stack="dev", preview=False)

    @pulumi.runtime.test
    def run():
        runpy.run_path({program!r})

    run()
    with open({report!r}, "w") as out:
        json.dump(registered, out, default=str)
    """
)


def test_markdown_fix_edits_only_inside_fences(tmp_path: Path) -> None:
    from iacreview.frontends.markdown import blocks

    original = (STACK / "bad.md").read_bytes()
    fixed = fixed_copy("bad.md", tmp_path).read_bytes()
    assert fixed != original

    def prose(data: bytes) -> list[bytes]:
        """The document with every fenced block's code cut out."""
        parts, at = [], 0
        for block in blocks("doc.md", data):
            parts.append(data[at : block.unit.base])
            at = block.unit.base + len(block.unit.text)
        return [*parts, data[at:]]

    assert prose(fixed) == prose(original)


def test_reference_python_stack_passes_its_own_tests_under_pulumi_mocks(tmp_path: Path) -> None:
    """`iacreview init --template pulumi-py` writes a project whose unit tests (Pulumi mocks,
    coverage at least 90%) pass."""
    pytest.importorskip("pulumi_aws")
    pytest.importorskip("pytest_cov")
    assert main(["init", "--template", "pulumi-py", str(tmp_path)]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "4 passed" in done.stdout and "Required test coverage of 90% reached" in done.stdout


def test_reference_template_passes_cfn_lint(tmp_path: Path) -> None:
    api = pytest.importorskip("cfnlint.api")
    assert main(["init", "--template", "cloudformation", str(tmp_path)]) == 0
    assert api.lint_file(tmp_path / "template.yaml") == []


def test_fixing_the_readme_example_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    """The README's own example, as a folder: the fixes converge in one run (a resource created
    under `if` is not exported where its name is out of scope; a template's output keeps its
    Condition), and the second run is a no-op."""
    folder = tmp_path / "stack"
    shutil.copytree(STACK, folder)
    main(["fix", "--unsafe", "--isolated", "--no-cache", str(folder)])
    once = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    main(["fix", "--unsafe", "--isolated", "--no-cache", str(folder)])
    assert {p.name: p.read_bytes() for p in sorted(folder.iterdir())} == once
    typescript = once["bad.pulumi.ts"].decode()
    # the unsafe IAC301 fix creates the alarm in every environment: the `if` guarded only the
    # monitoring, so its body (comments included) takes its place, and the alarm is in scope for its
    # export (the file is reviewed alone now: good.pulumi.ts beside it no longer hides IAC301)
    assert typescript.count("export const errorAlarmArn") == 1
    assert 'if (environmentSuffix === "production")' not in typescript
    assert "\n// expect: IAC501\nconst errorAlarm = new aws.cloudwatch.MetricAlarm(" in typescript
    only_outputs = tmp_path / "outputs"
    shutil.copytree(STACK, only_outputs)
    main(["fix", "--unsafe", "--isolated", "--no-cache", "--select", "IAC501", str(only_outputs)])
    gated = (only_outputs / "bad.pulumi.ts").read_text()
    assert "export const errorAlarmArn" not in gated  # declared inside `if`: out of scope, not exported
    assert "    Condition: IsProduction\n    Value: !GetAtt ErrorAlarm.Arn" in once["bad.cfn.yaml"].decode()
