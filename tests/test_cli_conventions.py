"""The conventions users of ruff, checkov and cfn-lint bring along, one test each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from iacreview.cli import main
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from tests.conftest import FIXTURES

STACK = FIXTURES / "reviewed-stack"
BAD_CFN = STACK / "bad.cfn.yaml"
GOOD_TS = STACK / "good.pulumi.ts"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rule_ids(capsys, *args: str) -> set[str]:
    _, out, _ = run(capsys, "check", "--format", "json", "--no-cache", *args)
    return {f["rule_id"] for f in json.loads(out)["findings"]}


def test_select_and_ignore_repeat_and_add_up(capsys) -> None:
    assert rule_ids(capsys, str(BAD_CFN), "--select", "IAC101", "--select", "IAC802") == {"IAC101", "IAC802"}
    assert rule_ids(capsys, str(BAD_CFN), "--select", "IAC101,IAC802", "--ignore", "IAC101") == {"IAC802"}
    everything = rule_ids(capsys, str(BAD_CFN))
    assert rule_ids(capsys, str(BAD_CFN), "--ignore", "IAC101", "--ignore", "IAC802") == everything - {
        "IAC101",
        "IAC802",
    }


def test_fail_on_is_case_insensitive(capsys) -> None:
    assert run(capsys, "check", str(BAD_CFN), "--fail-on", "CRITICAL", "--no-cache")[0] == 1
    assert run(capsys, "check", str(BAD_CFN), "--fail-on", "Critical", "--select", "IAC802")[0] == 0


@pytest.mark.parametrize("command", ["check", "report"])
def test_exit_zero_still_reports(capsys, command: str) -> None:
    code, out, _ = run(capsys, command, str(BAD_CFN), "--exit-zero", "--no-cache")
    assert code == 0 and "IAC101" in out


def test_exit_zero_keeps_2_for_errors(capsys) -> None:
    assert run(capsys, "check", "no/such/file.yaml", "--exit-zero")[0] == 2


def test_statistics_in_text_and_json(capsys) -> None:
    _, out, _ = run(capsys, "check", str(BAD_CFN), "--statistics", "--no-cache")
    lines = out.splitlines()
    counts = [int(line.split()[0]) for line in lines]
    assert counts == sorted(counts, reverse=True) and any("IAC101  s3-encryption-not-kms" in x for x in lines)
    _, out, _ = run(capsys, "check", str(BAD_CFN), "--statistics", "--format", "json", "--no-cache")
    rows = json.loads(out)
    _, full, _ = run(capsys, "check", str(BAD_CFN), "--format", "json", "--no-cache")
    findings = json.loads(full)["findings"]
    assert sum(r["count"] for r in rows) == len(findings)
    assert set(rows[0]) == {"code", "name", "severity", "count", "fixable"}
    assert sum(r["fixable"] for r in rows) == sum(f["fixable"] for f in findings)


def test_quiet_prints_the_findings_only(tmp_path, capsys) -> None:
    (tmp_path / "ci.yml").write_text("on: push\n")
    _, out, err = run(capsys, "check", str(BAD_CFN), str(tmp_path / "ci.yml"), "-q", "-v", "--no-cache")
    assert "IAC101" in out and "Found" not in out and "skipped" in err  # -v notes what -q would not
    _, out, err = run(capsys, "check", str(BAD_CFN), str(tmp_path / "ci.yml"), "-q", "--no-cache")
    assert "IAC101" in out and "Found" not in out and err == ""


def test_skipped_named_files_are_said_only_when_verbose(tmp_path, capsys) -> None:
    ci = tmp_path / "ci.yml"
    ci.write_text("on: push\njobs: {}\n")
    _, _, err = run(capsys, "check", str(ci), "--no-cache")
    assert err == ""
    _, _, err = run(capsys, "check", str(ci), "--no-cache", "-v")
    assert "skipped: not a CloudFormation template" in err


def _colour(args: list[str], env: dict[str, str]) -> str:
    command = [sys.executable, "-m", "iacreview", "check", str(BAD_CFN), "--no-cache", *args]
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(command, capture_output=True, text=True, env={**clean, **env}).stdout


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ([], {}, False),  # piped: plain
        (["--color", "always"], {}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        (["--color", "auto"], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),  # NO_COLOR: no bold either
    ],
)
def test_color_choices_and_environment(args: list[str], env: dict[str, str], coloured: bool) -> None:
    out = _colour(args, env)
    assert "IAC101" in out and ("\x1b[" in out) is coloured


def test_no_source_is_honoured_in_colour_too() -> None:
    out = _colour(["--color", "always", "--no-source"], {})
    assert "\x1b[" in out and " | " not in out


def test_code_from_stdin_with_its_filename(capsys, monkeypatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD_CFN.read_bytes())))
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "infra/template.yaml", "--no-cache")
    assert code == 1 and out.startswith("infra/template.yaml:") and "IAC101" in out


def test_stdin_without_a_filename_is_a_usage_error(capsys) -> None:
    code, _, err = run(capsys, "check", "-")
    assert code == 2 and "--stdin-filename" in err


def test_rules_as_json(capsys) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and rules[0]["code"] == "IAC000"
    assert {"code", "name", "severity", "status", "summary", "frontends", "fixable"} <= set(rules[0])


def test_a_bad_jobs_value_says_what_is_wrong(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", ".", "--jobs", "abc"])
    assert exit_.value.code == 2 and "'abc' is not a whole number" in capsys.readouterr().err


def test_progress_counts_files_as_the_summary_does(catalogue) -> None:
    seen: list[tuple[int, int]] = []
    result = Scanner(catalogue, Config()).scan([str(STACK)], progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (result.files_scanned, result.files_scanned)


def test_junit_counts_add_up(capsys) -> None:
    _, out, _ = run(capsys, "check", str(GOOD_TS), str(BAD_CFN), "--format", "junit", "--no-cache")
    root = ET.fromstring(out.split("\n", 1)[1])
    suites = root.findall("testsuite")
    assert int(root.get("tests", "0")) == sum(int(s.get("tests", "0")) for s in suites)
    assert int(root.get("failures", "0")) == sum(int(s.get("failures", "0")) for s in suites)


def test_typescript_syntax_errors_say_what_was_found(tmp_path, capsys) -> None:
    path = tmp_path / "index.ts"
    path.write_text(
        'import * as aws from "@pulumi/aws";\nconst q = new aws.sqs.Queue("q", { name: ;\n'
        'const b = new aws.s3.Bucket("b");\n'
    )
    _, out, _ = run(capsys, "check", str(path), "--select", "IAC000", "--no-cache")
    assert "syntax error in a pair: unexpected `;`" in out


def _repository(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("generated/\n*.gen.tf\n")
    (tmp_path / "generated").mkdir()
    (tmp_path / "sub").mkdir()
    for name in ("main.tf", "generated/main.tf", "x.gen.tf", "sub/keep.gen.tf"):
        (tmp_path / name).write_text(f'resource "aws_s3_bucket" "{Path(name).stem.replace(".", "_")}" {{}}\n')
    (tmp_path / "sub" / ".gitignore").write_text("!keep.gen.tf\n")
    return tmp_path


def test_gitignore_is_respected_while_walking(tmp_path, catalogue) -> None:
    root = _repository(tmp_path)
    scanned = Scanner(catalogue, Config()).scan([str(root)]).scanned
    assert sorted(Path(p).relative_to(root).as_posix() for p in scanned) == ["main.tf", "sub/keep.gen.tf"]
    everything = Scanner(catalogue, Config(), respect_gitignore=False).scan([str(root)]).scanned
    assert len(everything) == 4
    named = Scanner(catalogue, Config()).scan([str(root / "generated" / "main.tf")]).scanned
    assert len(named) == 1  # a file named on the command line is reviewed, ignored or not


def test_gitignore_outside_a_repository_ignores_nothing(tmp_path, catalogue) -> None:
    root = _repository(tmp_path)
    (root / ".git").rmdir()
    assert len(Scanner(catalogue, Config()).scan([str(root)]).scanned) == 4


def test_two_configurations_in_one_folder_say_which_is_used(tmp_path, capsys) -> None:
    (tmp_path / ".iacreview.yaml").write_text("select: [IAC101]\n")
    (tmp_path / "pyproject.toml").write_text("[tool.iacreview]\nselect = ['IAC802']\n")
    target = tmp_path / "t.yaml"
    target.write_bytes(BAD_CFN.read_bytes())
    _, out, err = run(capsys, "check", str(target), "--no-cache")
    assert "using" in err and ".iacreview.yaml" in err and "pyproject.toml beside it is not read" in err
    assert "IAC101" in out and "IAC802" not in out


def test_sarif_uses_relative_uris_help_uri_and_short_help(capsys, monkeypatch) -> None:
    monkeypatch.chdir(STACK.parent.parent.parent)
    _, out, _ = run(capsys, "check", "--format", "sarif", "--no-cache", str(BAD_CFN))
    run_ = json.loads(out)["runs"][0]
    location = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "tests/fixtures/reviewed-stack/bad.cfn.yaml", "uriBaseId": "%SRCROOT%"}
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
    rules = run_["tool"]["driver"]["rules"]
    assert all(r["helpUri"].endswith(f"/docs/rules/{r['name']}.md") for r in rules)
    assert max(len(json.dumps(r)) for r in rules) < 3000
    for rule in rules:  # every helpUri names a page that exists in the repository
        assert (STACK.parent.parent.parent / "docs" / "rules" / f"{rule['name']}.md").is_file()


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("// iacreview: ignore", ["IAC001", "IAC802"]),  # no rule list: silences nothing, reported
        ("// noqa: IAC802 public access handled by the account-level block", []),
        ("// noqa: IAC802", ["IAC001"]),  # silences, but gives no reason
        ("// noqa: E501", ["IAC802"]),  # another tool's code
    ],
)
def test_bare_ignores_and_noqa_comments(tmp_path, capsys, comment: str, expected: list[str]) -> None:
    path = tmp_path / "index.ts"
    path.write_text(f'import * as aws from "@pulumi/aws";\nconst a = new aws.s3.Bucket("a"); {comment}\n')
    _, out, _ = run(capsys, "check", str(path), "--select", "IAC001,IAC802", "--format", "json", "--no-cache")
    assert sorted(f["rule_id"] for f in json.loads(out)["findings"]) == expected


def _stack(tmp_path: Path) -> Path:
    project = tmp_path / "infra"
    project.mkdir()
    (project / "t.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
        + "".join(f"  B{i}:\n    Type: AWS::S3::Bucket\n" for i in range(4))
    )
    return project


def test_a_baseline_matches_from_any_working_directory(tmp_path, capsys, monkeypatch) -> None:
    project = _stack(tmp_path)
    baseline = tmp_path / "baseline.json"
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "check", "infra", "--write-baseline", str(baseline), "--no-cache")[0] == 0
    assert json.loads(baseline.read_text())["findings"][0]["path"] == "infra/t.yaml"
    monkeypatch.chdir(project)  # the same files, named from elsewhere
    code, out, err = run(capsys, "check", ".", "--baseline", str(baseline), "--no-cache")
    assert code == 0 and "No findings" in out and "in the baseline are not shown" in err


def test_a_baselined_no_outputs_finding_survives_the_first_export(tmp_path, capsys) -> None:
    project = _stack(tmp_path)
    baseline = tmp_path / "baseline.json"
    run(capsys, "check", str(project), "--write-baseline", str(baseline), "--select", "IAC501")
    template = project / "t.yaml"
    template.write_text(template.read_text() + "Outputs:\n  First:\n    Value: !Ref B0\n")
    code, out, _ = run(capsys, "check", str(project), "--baseline", str(baseline), "--select", "IAC501")
    assert code == 0 and "No findings" in out  # B1..B3 "not exported" are the accepted debt
    code, out, _ = run(capsys, "check", str(project), "--select", "IAC501", "--no-cache")
    assert code == 1 and out.count("is not exported") == 3  # without the baseline they are there


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_a_long_explain_page_goes_through_the_pager_on_a_terminal(tmp_path) -> None:
    import pty

    paged = tmp_path / "paged.txt"
    leader, follower = pty.openpty()
    env = {**os.environ, "PAGER": f"cat > {paged}", "MANPAGER": f"cat > {paged}", "TERM": "xterm"}
    proc = subprocess.run(
        [sys.executable, "-m", "iacreview", "explain", "IAC101"],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
    )
    os.close(follower)
    os.close(leader)
    assert proc.returncode == 0, proc.stderr
    assert "s3-encryption-not-kms" in paged.read_text()
