"""SARIF (validated against the official schema), JUnit, GitHub annotations, Markdown, baselines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from iacreview.cli import main
from iacreview.docs import examples
from iacreview.engine.catalogue import Catalogue
from tests.conftest import FIXTURES, SHARED

SCHEMA_PATH = SHARED / "data" / "sarif-schema-2.1.0.json"
STACK = FIXTURES / "reviewed-stack"
BAD = [p for p in sorted(STACK.iterdir()) if p.name.startswith("bad.") and not p.name.endswith(".expect")]
EXAMPLES = [p for rule in Catalogue.load().rules for p in examples(rule) if p.name.startswith("bad.")]


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


@pytest.fixture(scope="module")
def sarif_validator():
    if not SCHEMA_PATH.is_file():
        pytest.skip("../shared/data/sarif-schema-2.1.0.json is not on this machine")
    schema = json.loads(SCHEMA_PATH.read_text())
    return jsonschema.validators.validator_for(schema)(schema)


@pytest.mark.parametrize("path", BAD + EXAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_sarif_of_every_fixture_validates(capsys, sarif_validator, path: Path) -> None:
    code, out = run(capsys, "check", "--format", "sarif", str(path))
    log = json.loads(out)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, errors[0]
    results = log["runs"][0]["results"]
    assert (code == 1) == bool(results)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["partialFingerprints"]["iacreview/v1"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["endLine"] >= region["startLine"]


def test_sarif_levels_and_rule_docs(capsys) -> None:
    log = json.loads(run(capsys, "check", "--format", "sarif", str(STACK / "bad.pulumi.ts"))[1])
    driver = log["runs"][0]["tool"]["driver"]
    levels = {r["ruleId"]: r["level"] for r in log["runs"][0]["results"]}
    assert levels["IAC103"] == "error" and levels["IAC501"] == "warning" and levels["IAC801"] == "note"
    iac101 = next(r for r in driver["rules"] if r["id"] == "IAC101")
    assert iac101["name"] == "s3-encryption-not-kms"
    # short help (how to fix), the full page one click away
    assert (
        iac101["helpUri"] in iac101["help"]["markdown"]
        and iac101["help"]["text"] in iac101["help"]["markdown"]
    )
    assert iac101["properties"]["security-severity"] == "7.0"


def test_junit(capsys) -> None:
    code, out = run(capsys, "check", "--format", "junit", str(STACK / "bad.tf"), str(STACK / "good.tf"))
    root = ET.fromstring(out)
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert code == 1 and set(suites) == {str(STACK / "bad.tf"), str(STACK / "good.tf")}
    bad = suites[str(STACK / "bad.tf")]
    assert (
        int(bad.get("failures")) == len(bad.findall("testcase")) == len(bad.findall("testcase/failure")) >= 7
    )
    assert suites[str(STACK / "good.tf")].find("testcase").get("name") == "no findings"


def test_github_annotations(capsys) -> None:
    _, out = run(
        capsys, "check", "--format", "github", "--select", "IAC101,IAC501", str(STACK / "bad.cfn.yaml")
    )
    lines = out.splitlines()
    assert lines[0] == (
        f"::error file={STACK / 'bad.cfn.yaml'},line=22,col=29,endLine=22,endColumn=35,title=IAC101 s3-encryption-not-kms"
        "::Bucket `AppDataBucket` uses SSE-S3 (`AES256`) default encryption instead of `aws:kms` with a customer-managed key"
    )
    assert lines[1].startswith("::warning ") and "IAC501" in lines[1]


def test_markdown_format_is_the_report(capsys) -> None:
    _, out = run(capsys, "check", "--format", "markdown", str(STACK / "bad.md"))
    assert out.startswith("# Failures report") and "## Failures" in out


def test_baseline_keeps_old_findings_quiet_after_edits_and_fails_on_new_ones(capsys, tmp_path: Path) -> None:
    target = tmp_path / "stack.yaml"
    shutil.copy(STACK / "bad.cfn.yaml", target)
    baseline = tmp_path / "baseline.json"
    # writing a baseline accepts today's findings: exit 0, as adopting the tool in CI needs
    assert run(capsys, "check", str(target), "--write-baseline", str(baseline))[0] == 0
    assert run(capsys, "check", str(target), "--baseline", str(baseline))[0] == 0
    text = target.read_text()
    # a line above every baselined finding, and one new failure
    text = text.replace(
        "Resources:\n",
        "Resources:\n  Extra:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: [{Key: a, Value: b}]\n",
        1,
    )
    text = text.replace(
        "  EnvironmentSuffix:\n",
        "  # a comment pushes everything below down a line\n  EnvironmentSuffix:\n",
        1,
    )
    text = text.replace(
        "      Runtime: python3.8",
        "      Runtime: python3.8\n      Environment: {Variables: {API_TOKEN: hunter2hunter2}}",
    )
    target.write_text(text)
    code, out = run(capsys, "check", "--format", "json", str(target), "--baseline", str(baseline))
    new = json.loads(out)["findings"]
    assert code == 1
    assert [f["rule_id"] for f in new] == ["IAC805"]


def test_bad_baseline_is_an_error(capsys, tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text('{"x": 1}')
    assert run(capsys, "check", str(STACK / "bad.tf"), "--baseline", str(tmp_path / "b.json"))[0] == 2
