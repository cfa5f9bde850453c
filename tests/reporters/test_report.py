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


def test_compare_reports_differing_settings_missing_resources_and_gaps(capsys) -> None:
    _, out = run(capsys, "compare", str(STACK / "bad.pulumi.ts"), str(STACK / "good.pulumi.ts"))
    differ = out.split("## Settings that differ from the reference")[1]
    assert (
        "| `trusted services` | `ec2.amazonaws.com` (line 51) | `ec2.amazonaws.com`, `lambda.amazonaws.com` |"
        in differ
    )
    assert (
        '| `created` | only when `environmentSuffix === "production"` (line 75) | in every environment |'
        in differ
    )
    assert (
        "| `rules.applyServerSideEncryptionByDefault.sseAlgorithm` | `AES256` (line 33) | `aws:kms` |"
        in differ
    )
    missing = out.split("## Missing from the response")[1].split("\n## ")[0]
    assert "- **encryption**: `aws.kms.Alias` `alias`" in missing and "`aws.kms.Key` `key`" in missing
    assert "`SecureS3Bucket`" in out.split("## What else the reference has")[1]


def test_report_shape_and_each_code_block_once(capsys, tmp_path) -> None:
    target = tmp_path / "FAILURES.md"
    code, stdout = run(capsys, "report", str(STACK / "bad.cfn.yaml"), "-o", str(target))
    text = target.read_text()
    assert code == 1 and stdout == ""
    assert text.startswith("# Failures report\n\nReviewed ") and "1 file, 7 resources." in text
    assert "```mermaid\npie showData title Findings by severity" in text
    assert "| rule | problem | severity | area | findings | fixable |" in text
    assert "## Failures\n" in text and "**Why it matters:**" in text and "```yaml" in text
    assert "examples/good" not in text  # corrected code is this code's fix, never a rule's stock example
    blocks = re.findall(r"```[a-z]+\n(.*?)```", text, re.DOTALL)
    assert len(blocks) == len(set(blocks))  # evidence and diffs are shown once


def test_report_fix_is_the_diff_fix_applies(capsys, tmp_path) -> None:
    copy = tmp_path / "stack.ts"
    copy.write_bytes((STACK / "bad.pulumi.ts").read_bytes())
    _, out = run(capsys, "report", str(copy), "--select", "IAC401")
    diff = out.split("```diff\n")[1].split("```")[0]
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert removed == ['                    Service: "ec2.amazonaws.com",']
    main(["fix", str(copy), "--select", "IAC401"])
    capsys.readouterr()
    assert all(line in copy.read_text().splitlines() for line in added)


def test_report_puts_deploy_blockers_first_and_severity_per_finding(capsys) -> None:
    _, out = run(capsys, "report", str(STACK / "bad.pulumi.ts"))
    blockers = out.split("## Deploy blockers\n")[1].split("\n## ")[0]
    assert "line 60: Role `applicationRole` is used by Lambda function `processor`" in blockers
    assert out.index("## Deploy blockers") < out.index("## Failures")
    assert (
        "(IAC201 `deprecated-resource`, high)" in out
    )  # a deprecated type that still deploys is not critical


def test_compare_takes_corrected_code_from_the_reference(capsys) -> None:
    _, out = run(capsys, "compare", str(STACK / "bad.cfn.yaml"), str(STACK / "good.cfn.yaml"))
    section = out.split("(IAC802 `s3-public-access-not-blocked`")[1].split("\n### ")[0]
    assert "In the reference (" in section and "PublicAccessBlockConfiguration:" in section
    assert "good.cfn.yaml, lines 41-" in section


COMPARE = FIXTURES / "compare"


@pytest.mark.parametrize(
    ("response", "reference", "status", "said"),
    [
        (COMPARE / "ec2.cfn.yaml", COMPARE / "prose.md", 0, "the reference contains no IaC"),
        (COMPARE / "ec2.cfn.yaml", COMPARE / "empty.md", 0, "the reference contains no IaC"),
        (COMPARE / "ec2.cfn.yaml", COMPARE / "broken.cfn.yaml", 2, "the reference could not be read: "),
        (
            COMPARE / "prose.md",
            COMPARE / "kms.cfn.yaml",
            1,
            "the response contains no IaC; the reference has 2",
        ),
        (COMPARE / "broken.cfn.yaml", COMPARE / "kms.cfn.yaml", 1, "the response could not be read ("),
        (
            COMPARE / "prose.md",
            COMPARE / "empty.md",
            2,
            "neither the response nor the reference contains IaC",
        ),
        (
            STACK / "good.cfn.yaml",
            COMPARE / "aes.cfn.yaml",
            0,
            "the reference looks partial (1 resource, the",
        ),
    ],
)
def test_compare_says_what_limits_it_in_the_report_and_on_stderr(
    capsys, response: Path, reference: Path, status: int, said: str
) -> None:
    code = main(["compare", str(response), str(reference)])
    out, err = capsys.readouterr()
    assert code == status
    assert f"> **Note:** {said}" in out.replace("\\", "")
    assert said in err


def test_compare_with_a_missing_side_writes_nothing(capsys, tmp_path) -> None:
    target = tmp_path / "FAILURES.md"
    assert main(["compare", str(COMPARE / "ec2.cfn.yaml"), str(tmp_path / "NOPE.md"), "-o", str(target)]) == 2
    assert not target.exists()


def test_compare_reports_a_different_architecture(capsys) -> None:
    code, out = run(capsys, "compare", str(COMPARE / "ec2.cfn.yaml"), str(COMPARE / "ecs.cfn.yaml"))
    assert code == 1
    missing = out.split("## Missing from the response")[1].split("\n## ")[0]
    assert (
        "- **compute**: `AWS::ECS::Cluster` `Cluster`, line 4, `AWS::ECS::Service` `Service`, line 30"
        in missing
    )
    assert "- **identity and access**: `AWS::IAM::Role` `TaskRole`, line 10" in missing
    assert "```yaml\n  Service:\n    Type: AWS::ECS::Service\n" in missing  # the reference's code
    only = out.split("## Only in the response")[1]
    assert "`AWS::AutoScaling::AutoScalingGroup` `WebGroup`" in only


def test_a_stricter_response_is_a_note_not_a_failure(capsys) -> None:
    code, out = run(
        capsys, "compare", str(COMPARE / "kms.cfn.yaml"), str(COMPARE / "aes.cfn.yaml"), "--fail-on", "medium"
    )
    assert code == 0
    assert "## Settings that differ" not in out
    stricter = out.split("## Where the response is stricter (not failures)")[1]
    assert "`aws:kms` (line 20) | `AES256` |" in stricter
    assert "**0 failures the reference does not have:**" in out


def test_code_that_does_not_parse_is_a_deploy_blocker(capsys) -> None:
    code, out = run(capsys, "report", str(COMPARE / "broken.cfn.yaml"))
    assert code == 1
    blockers = out.split("## Deploy blockers\n\n")[1].split("\n## ")[0]
    assert blockers.startswith("- line 6: invalid YAML") and "(see 1)" in blockers


def test_each_place_says_what_uses_the_resource_and_through_which_property(capsys, tmp_path) -> None:
    template = tmp_path / "logs.cfn.yaml"
    template.write_text(
        "Resources:\n"
        "  LogsBucket:\n    Type: AWS::S3::Bucket\n"
        "  DataBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n"
        "      LoggingConfiguration:\n        DestinationBucketName: !Ref LogsBucket\n"
    )
    _, out = run(capsys, "report", str(template), "--select", "IAC802,IAC501")
    assert (
        "- line 2: Bucket `LogsBucket` has no public access block "
        "(used by bucket `DataBucket` through `LoggingConfiguration.DestinationBucketName`)\n" in out
    )
    assert "- line 4: Bucket `DataBucket` has no public access block\n" in out
    assert "- line 2: The stack declares 2 resources but exports no outputs\n" in out  # about the stack


def test_deploy_blockers_are_one_line_per_problem(capsys, tmp_path) -> None:
    template = tmp_path / "api.cfn.yaml"
    template.write_text(
        "Resources:\n"
        + "".join(
            f"  Key{n}:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotaton: true\n"
            for n in range(3)
        )
    )
    _, out = run(capsys, "report", str(template), "--select", "IAC010")
    blockers = out.split("## Deploy blockers\n\n")[1].split("\n\n")[0]
    assert blockers == (
        "- line 5: `EnableKeyRotaton` is not a property of `AWS::KMS::Key` (the CloudFormation resource schema); "
        "did you mean `EnableKeyRotation`?; 2 more: lines 9, 13 (see 1)"
    )
