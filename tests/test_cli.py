"""The command line as users meet it: exit codes, formats, selection, configuration errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iacreview.cli import main
from tests.conftest import FIXTURES

BAD_TS = FIXTURES / "reviewed-stack" / "bad.pulumi.ts"
GOOD_TS = FIXTURES / "reviewed-stack" / "good.pulumi.ts"
FINDING_KEYS = {
    "rule_id",
    "name",
    "severity",
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "message",
    "fixable",
}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes(capsys) -> None:
    assert run(capsys, "check", str(GOOD_TS))[0] == 0
    assert run(capsys, "check", str(BAD_TS))[0] == 1
    assert run(capsys, "check", str(BAD_TS), "--select", "IAC999")[0] == 2
    assert run(capsys, "check", str(BAD_TS), "--fail-on", "critical")[0] == 1
    assert run(capsys, "check", str(BAD_TS), "--select", "IAC501", "--fail-on", "high")[0] == 0
    assert run(capsys)[0] == 2


def test_json_is_exactly_the_spec_shape(capsys) -> None:
    code, out, _ = run(capsys, "check", "--format", "json", str(BAD_TS))
    report = json.loads(out)
    assert code == 1
    assert set(report) == {"version", "findings", "files_scanned", "errors"}
    assert report["files_scanned"] == 1 and report["errors"] == []
    first = report["findings"][0]
    assert set(first) == FINDING_KEYS
    assert (first["rule_id"], first["line"], first["column"], first["severity"]) == (
        "IAC103",
        16,
        27,
        "critical",
    )
    assert first["path"] == str(BAD_TS) and first["end_line"] == 16 and first["end_column"] == 40


def test_json_lists_one_finding_or_error_a_line(capsys, tmp_path) -> None:
    (tmp_path / "broken.cfn.yaml").write_text("AWSTemplateFormatVersion: x\nResources: [\n")
    paths = [str(BAD_TS), str(tmp_path / "broken.cfn.yaml"), str(tmp_path / "missing.yaml")]
    out = run(capsys, "check", "--format", "json", *paths)[1]
    report = json.loads(out)
    lines = out.splitlines()
    records = [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("    {")]
    assert len(report["findings"]) > 1 and len(report["errors"]) == 1
    assert records == report["findings"] + report["errors"]
    assert lines[0] == "{" and lines[-1] == "}" and '  "files_scanned": 2,' in lines
    empty = run(capsys, "check", "--format", "json", str(tmp_path / "broken.cfn.yaml"), "--select", "IAC101")[
        1
    ]
    assert '  "findings": [],' in empty.splitlines() and json.loads(empty)["findings"] == []


def test_text_shows_position_rule_severity_and_the_source_line(capsys) -> None:
    _, out, _ = run(capsys, "check", str(BAD_TS), "--select", "IAC101")
    lines = out.splitlines()
    assert lines[0] == (
        f"{BAD_TS}:33:39: IAC101 [high] Bucket `bucket` uses SSE-S3 (`AES256`) default encryption "
        "instead of `aws:kms` with a customer-managed key"
    )
    assert lines[1] == ' 33 |                         sseAlgorithm: "AES256",'
    assert lines[2].endswith("^^^^^^^^")
    assert lines[-1] == "Found 1 finding (1 high) in 1 file."


def test_select_and_ignore_take_ids_prefixes_and_names(capsys) -> None:
    def rules(*args: str) -> set[str]:
        out = run(capsys, "check", "--format", "json", str(BAD_TS), *args)[1]
        return {f["rule_id"] for f in json.loads(out)["findings"]}

    assert rules("--select", "IAC1") == {"IAC101", "IAC103"}
    assert rules("--select", "s3-encryption-not-kms,IAC401") == {"IAC101", "IAC401"}
    assert rules("--ignore", "IAC2,IAC5,IAC8") == {"IAC101", "IAC103", "IAC301", "IAC401"}


def test_output_file(capsys, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run(capsys, "check", "--format", "json", "-o", str(target), str(BAD_TS))
    assert code == 1 and out == "" and json.loads(target.read_text())["findings"]


def test_bad_configuration_is_a_clear_error(capsys, tmp_path: Path) -> None:
    (tmp_path / ".iacreview.yaml").write_text("selekt: [IAC101]\n")
    (tmp_path / "index.ts").write_text(GOOD_TS.read_text())
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2
    assert "unknown key `selekt`" in err and ".iacreview.yaml" in err


def test_rules_and_explain(capsys) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "IAC101  s3-encryption-not-kms" in out
    code, out, _ = run(capsys, "explain", "s3-encryption-not-kms")
    assert code == 0 and out.startswith("# s3-encryption-not-kms (IAC101)") and "## Example" in out
    assert run(capsys, "explain", "IAC999")[0] == 2


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "iacreview", "check", str(GOOD_TS)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "No findings in 1 file."


@pytest.mark.parametrize("missing", ["does-not-exist.ts"])
def test_missing_path_is_an_input_error_but_the_rest_is_still_checked(capsys, missing: str) -> None:
    # a typo in CI must not pass: exit 2, as for every input error, and the other paths are reported
    code, out, err = run(capsys, "check", missing, str(GOOD_TS))
    assert code == 2 and "no such file or directory" in err and "No findings in 1 file." in out
