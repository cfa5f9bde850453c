"""The failures report and `compare`: every failure named, evidence lines right, same bytes twice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from iacreview.cli import main
from tests.conftest import FIXTURES

STACK = FIXTURES / "reviewed-stack"
EVIDENCE = re.compile(r"\*\*Evidence\*\* \(`([^`]+)`, lines? (\d+)")
PAIRS = ["pulumi.ts", "pulumi.py", "cfn.yaml", "md", "cdk.ts", "tf"]


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def findings(capsys, path: Path) -> list[dict]:
    return json.loads(run(capsys, "check", "--format", "json", str(path))[1])["findings"]


@pytest.mark.parametrize("frontend", PAIRS)
def test_compare_names_every_rule_with_right_evidence_and_is_deterministic(
    capsys, tmp_path, frontend: str
) -> None:
    bad, good = STACK / f"bad.{frontend}", STACK / f"good.{frontend}"
    out1, out2 = tmp_path / "a.md", tmp_path / "b.md"
    code, _ = run(capsys, "compare", str(bad), str(good), "-o", str(out1))
    run(capsys, "compare", str(bad), str(good), "-o", str(out2))
    report = out1.read_text()
    assert code == 1
    assert out1.read_bytes() == out2.read_bytes()
    fired = findings(capsys, bad)
    for rule in {f["rule_id"] for f in fired}:
        assert rule in report, rule
    lines = {(f["path"], f["line"]) for f in fired}
    evidence = {(path, int(line)) for path, line in EVIDENCE.findall(report)}
    failures_section = report.split("## What the reference has")[0]
    shown = {(path, int(line)) for path, line in EVIDENCE.findall(failures_section)}
    assert shown and shown <= lines
    assert all(path == str(bad) for path, _ in evidence)  # evidence points into the response


def test_compare_reports_differing_settings(capsys) -> None:
    _, out = run(capsys, "compare", str(STACK / "bad.pulumi.ts"), str(STACK / "good.pulumi.ts"))
    assert (
        "**Response:** `ec2.amazonaws.com`\n\n**Reference:** `ec2.amazonaws.com`, `lambda.amazonaws.com`"
        in out
    )
    assert (
        "**Response:** `AES256` with no customer-managed key\n\n**Reference:** `aws:kms` with a customer-managed key"
        in out
    )
    assert (
        '**Response:** only when `environmentSuffix === "production"`\n\n**Reference:** in every environment'
        in out
    )
    assert "- KMS key: 1 in the reference, 0 in the response" in out
    assert "`SecureS3Bucket`" in out


def test_report_shape(capsys, tmp_path) -> None:
    target = tmp_path / "FAILURES.md"
    code, stdout = run(capsys, "report", str(STACK / "bad.cfn.yaml"), "-o", str(target))
    text = target.read_text()
    assert code == 1 and stdout == ""
    for heading in (
        "## Failures identified",
        "## Failure severity assessment",
        "## Corrective actions",
        "## Metrics",
    ):
        assert heading in text
    assert "**Correct:**" in text and "**Impact:**" in text and "**Corrected code**" in text
    assert "| files scanned | 1 |" in text and "| resources scanned | 7 |" in text
    assert "```yaml" in text
