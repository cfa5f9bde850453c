"""One test per configuration option, and the errors for bad configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.cli import main
from iacreview.engine.config import ConfigError, find_config, load_config, parse_config
from tests.conftest import FIXTURES, scan

BAD_TS = (FIXTURES / "reviewed-stack" / "bad.pulumi.ts").read_text()


def rules_fired(tmp_path: Path, catalogue, config_text: str, files: dict[str, str] | None = None) -> set[str]:
    (tmp_path / ".iacreview.yaml").write_text(config_text)
    for name, text in (files or {"index.ts": BAD_TS}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    config = load_config(find_config(tmp_path), catalogue)
    return {rule for _, rule, _ in scan([tmp_path], catalogue, config)}


def test_select_and_ignore(tmp_path, catalogue) -> None:
    assert rules_fired(
        tmp_path, catalogue, "select: [IAC1, iam-trust-service-mismatch]\nignore: [IAC101]\n"
    ) == {"IAC103", "IAC401"}


def test_per_file_ignores(tmp_path, catalogue) -> None:
    fired = rules_fired(
        tmp_path,
        catalogue,
        "select: [IAC1]\nper-file-ignores:\n  'legacy/*': [IAC101]\n",
        {"legacy/index.ts": BAD_TS},
    )
    assert fired == {"IAC103"}


def test_severity_override_and_fail_on(tmp_path, capsys) -> None:
    (tmp_path / "index.ts").write_text(BAD_TS)
    (tmp_path / ".iacreview.yaml").write_text(
        "select: [IAC501]\nseverity: {IAC501: critical}\nfail-on: critical\n"
    )
    assert main(["check", "--format", "json", str(tmp_path / "index.ts")]) == 1
    assert '"severity": "critical"' in capsys.readouterr().out
    (tmp_path / ".iacreview.yaml").write_text("select: [IAC501]\nfail-on: high\n")
    assert main(["check", str(tmp_path / "index.ts")]) == 0


def test_rule_options(tmp_path, catalogue) -> None:
    config = "select: [IAC402, IAC501, IAC601]\nrule-options:\n  IAC402: {expected: {'app-role*': [ec2.amazonaws.com]}}\n  IAC501: {kinds: [aws.kms.key]}\n  IAC601: {threshold: 3, min-services: 2}\n"
    assert rules_fired(tmp_path, catalogue, config) == {
        "IAC601"
    }  # the role trusts only EC2, and no KMS key exists
    config = config.replace("[ec2.amazonaws.com]", "[lambda.amazonaws.com]").replace(
        "aws.kms.key", "aws.cloudwatch.alarm"
    )
    assert rules_fired(tmp_path, catalogue, config) == {"IAC402", "IAC501", "IAC601"}


def test_required_tags_option(tmp_path, catalogue) -> None:
    template = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: [{Key: Team, Value: core}]\n"
    files = {"t.yaml": template}
    assert rules_fired(tmp_path, catalogue, "select: [IAC801]\n", files) == set()
    assert rules_fired(
        tmp_path, catalogue, "select: [IAC801]\nrule-options: {IAC801: {required: [Owner]}}\n", files
    ) == {"IAC801"}


def test_provider_versions(tmp_path, catalogue) -> None:
    code = 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketV2("b", {});\n'
    assert rules_fired(tmp_path, catalogue, "select: [IAC201]\n", {"index.ts": code}) == {"IAC201"}
    assert (
        rules_fired(
            tmp_path,
            catalogue,
            "select: [IAC201]\nprovider-versions: {pulumi-aws: '6.50.0'}\n",
            {"index.ts": code},
        )
        == set()
    )


def test_exclude(tmp_path, catalogue) -> None:
    assert (
        rules_fired(
            tmp_path,
            catalogue,
            "select: [IAC101]\nexclude: ['generated/*']\n",
            {"generated/index.ts": BAD_TS},
        )
        == set()
    )


def test_pyproject_table_is_found_upward(tmp_path, catalogue) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.iacreview]\nselect = ["IAC401"]\n'
    )
    (tmp_path / "infra").mkdir()
    (tmp_path / "infra" / "index.ts").write_text(BAD_TS)
    config = load_config(find_config(tmp_path / "infra" / "index.ts"), catalogue)
    assert config.select == ["IAC401"]
    assert {rule for _, rule, _ in scan([tmp_path / "infra"], catalogue, config)} == {"IAC401"}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"selct": ["IAC101"]}, "unknown key `selct`"),
        ({"select": "IAC999"}, "`select`: 'IAC999' names no rule"),
        ({"fail-on": "urgent"}, "`fail-on` must be one of"),
        ({"severity": {"IAC101": "severe"}}, "`severity.IAC101` must be one of"),
        (
            {"rule-options": {"IAC501": {"kinds": "aws.s3.bucket"}}},
            "`rule-options.IAC501.kinds` must be of type list",
        ),
        ({"rule-options": {"IAC501": {"kindz": []}}}, "`rule-options.IAC501.kindz`: unknown option"),
        ({"rule-options": {"IAC601": {"threshold": True}}}, "must be of type int"),
        ({"rule-options": {"IAC801": {"required": [1, {"a": "b"}]}}}, "must be of type list[str]"),
        (
            {"rule-options": {"IAC402": {"expected": {"*": "ec2.amazonaws.com"}}}},
            "`rule-options.IAC402.expected` must be of type dict[str, list[str]]",
        ),
        ({"rule-options": {"IAC402": {"expected": {"*": [None]}}}}, "must be of type dict[str, list[str]]"),
        ({"per-file-ignores": ["x"]}, "`per-file-ignores` must map"),
    ],
)
def test_bad_configuration_names_the_key_and_the_file(catalogue, raw: dict, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_config(raw, "conf/.iacreview.yaml", catalogue)
    assert message in str(error.value) and "conf/.iacreview.yaml" in str(error.value)


def test_broken_config_file_exits_2(tmp_path, capsys) -> None:
    (tmp_path / ".iacreview.yaml").write_text("select: [\n")
    (tmp_path / "index.ts").write_text(BAD_TS)
    assert main(["check", str(tmp_path)]) == 2
    assert ".iacreview.yaml" in capsys.readouterr().err
