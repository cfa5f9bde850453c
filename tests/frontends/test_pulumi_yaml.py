"""Pulumi YAML programs: the toy frontend that a registry line made real."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.engine.discover import classify
from iacreview.frontends.pulumi_yaml import native_type
from iacreview.model import Literal, Ref, Template
from tests.conftest import by_name, project_of, scan

PROGRAM = """\
name: data
runtime: yaml
resources:
  dataKey:
    type: aws:kms:Key
    properties:
      enableKeyRotation: true
  dataBucket:
    type: aws:s3/bucketV2:BucketV2
    properties:
      bucketPrefix: data-${pulumi.stack}
  encryption:
    type: aws:s3:BucketServerSideEncryptionConfigurationV2
    properties:
      bucket: ${dataBucket.id}
      rules:
        - applyServerSideEncryptionByDefault:
            sseAlgorithm: aws:kms
            kmsMasterKeyId: ${dataKey.arn}
          bucketKeyEnabled: true
outputs:
  bucketName: ${dataBucket.id}
  keyArn: ${dataKey.arn}
"""


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("aws:s3:Bucket", "aws.s3.Bucket"),
        ("aws:s3/bucketV2:BucketV2", "aws.s3.BucketV2"),
        ("aws:cloudwatch/logGroup:LogGroup", "aws.cloudwatch.LogGroup"),
        ("random:RandomPet", "random:RandomPet"),
    ],
)
def test_type_tokens_read_as_sdk_paths(token: str, expected: str) -> None:
    assert native_type(token) == expected


def test_resources_references_and_outputs(tmp_path: Path) -> None:
    project = project_of(tmp_path, {"Pulumi.yaml": PROGRAM})
    bucket, key = by_name(project, "dataBucket"), by_name(project, "dataKey")
    assert (bucket.kind, bucket.frontend, bucket.native_type) == (
        "aws.s3.bucket",
        "pulumi-yaml",
        "aws.s3.BucketV2",
    )
    encryption = by_name(project, "encryption")
    assert encryption.prop("bucket") == Ref(encryption.prop("bucket").span, bucket.id, "id")  # type: ignore[union-attr]
    assert isinstance(bucket.prop("bucketPrefix"), Template)
    assert {o.name for o in project.outputs} == {"bucketName", "keyArn"}
    assert key.id in project.output_targets()
    assert isinstance(key.prop("enableKeyRotation"), Literal)


def test_a_compliant_program_has_only_the_expected_findings(tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Pulumi.yaml").write_text(PROGRAM, encoding="utf-8")
    found = {rule for _, rule, _ in scan([tmp_path / "Pulumi.yaml"], catalogue)}
    # no KMS, rotation, bucket-key or outputs finding; the deprecated V2 types are reported
    assert not found & {"IAC101", "IAC102", "IAC103", "IAC104", "IAC501", "IAC000"}
    assert "IAC201" in found


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Pulumi.yaml", PROGRAM, "pulumi-yaml"),
        ("Main.yaml", PROGRAM, "pulumi-yaml"),
        ("Pulumi.yaml", "name: app\nruntime: nodejs\n", None),  # a TypeScript project's manifest
        ("Pulumi.yaml", "name: app\nruntime:\n  name: yaml\nresources: {}\n", "pulumi-yaml"),
        ("template.yaml", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n", "cfn-yaml"),
    ],
)
def test_discovery_asks_the_registry(name: str, text: str, expected: str | None, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert classify(path, text.encode(), explicit=False)[0] == expected


def test_a_markdown_block_holding_a_program(tmp_path: Path) -> None:
    document = f"# Answer\n\n```yaml\n{PROGRAM}```\n"
    project = project_of(tmp_path, {"answer.md": document})
    assert {r.frontend for r in project.resources} == {"pulumi-yaml"}
    assert project.language_at(by_name(project, "dataKey").span) == "pulumi-yaml"


@pytest.mark.parametrize(
    ("text", "parse_errors"),
    [
        (
            "name: x\nruntime: yaml\nresources:\n  b: &b\n    type: aws:s3:Bucket\n    properties:\n      tags: [*b]\n",
            [],
        ),
        ("name: x\nruntime: yaml\nresources:\n  b:\n    type: [oops\n", [6]),
        ("name: x\nruntime: yaml\nresources: 3\n", []),
    ],
    ids=["self-alias", "broken", "not-a-map"],
)
def test_bad_programs_never_crash(text: str, parse_errors: list[int], tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Pulumi.yaml").write_text(text, encoding="utf-8")
    found = scan([tmp_path / "Pulumi.yaml"], catalogue)
    assert [line for line, rule, _ in found if rule == "IAC000"] == parse_errors


def test_fixes_are_written_in_pulumi_yaml(tmp_path: Path) -> None:
    """Keys spelled camelCase, values in YAML, the key referred to by interpolation; twice is once."""
    from iacreview.cli import main

    program = tmp_path / "Pulumi.yaml"
    program.write_text(
        PROGRAM.replace(
            "            sseAlgorithm: aws:kms\n            kmsMasterKeyId: ${dataKey.arn}\n",
            "            sseAlgorithm: AES256\n",
        ).replace("          bucketKeyEnabled: true\n", ""),
        encoding="utf-8",
    )
    assert main(["fix", "--isolated", "--no-cache", "--select", "IAC101,IAC102", str(program)]) == 0
    fixed = program.read_text(encoding="utf-8")
    assert (
        "            sseAlgorithm: aws:kms\n            kmsMasterKeyId: ${dataKey.arn}\n          bucketKeyEnabled: true\n"
        in fixed
    )
    main(["fix", "--isolated", "--no-cache", "--select", "IAC101,IAC102", str(program)])
    assert program.read_text(encoding="utf-8") == fixed
