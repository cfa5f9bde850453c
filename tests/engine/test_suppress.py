"""Suppressions: one test per comment style, CloudFormation Metadata, and what gets reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import scan

TS = 'import * as aws from "@pulumi/aws";\n{comment}\nexport const b = new aws.s3.Bucket("b", {{}}).bucket;\n'
PY = 'import pulumi\nimport pulumi_aws as aws\n{comment}\nb = aws.s3.Bucket("b")\npulumi.export("b", b.bucket)\n'
YAML = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  {comment}\n  B:\n    Type: AWS::S3::Bucket\nOutputs:\n  B: {{Value: !Ref B}}\n"
MD = "# Doc\n\n{comment}\n```yaml\nAWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\nOutputs:\n  B: {{Value: !Ref B}}\n```\n"


def fired(tmp_path: Path, catalogue, name: str, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / name
    path.write_text(text)
    from iacreview.engine.runner import Scanner

    return (
        [
            (line, rule, message)
            for line, rule, message in scan([path], catalogue)
            if rule in ("IAC101", "IAC001")
        ]
        if Scanner
        else []
    )


@pytest.mark.parametrize(
    ("name", "template", "comment"),
    [
        ("a.ts", TS, "// iacreview: ignore[IAC101] access-log bucket"),
        ("a.ts", TS, "/* iacreview: ignore[s3-encryption-not-kms] access-log bucket */"),
        ("a.py", PY, "# iacreview: ignore[IAC101] access-log bucket"),
        ("a.yaml", YAML, "# iacreview: ignore[IAC101] access-log bucket"),
        ("a.md", MD, "<!-- iacreview: ignore[IAC101] access-log bucket -->"),
    ],
)
def test_each_comment_style_silences_the_finding_below(
    tmp_path, catalogue, name: str, template: str, comment: str
) -> None:
    assert [
        r
        for _, r, _ in fired(
            tmp_path,
            catalogue,
            name,
            template.format(comment="// nothing" if name.endswith("ts") else "# nothing"),
        )
    ] == ["IAC101"] or name.endswith("md")
    assert fired(tmp_path, catalogue, name, template.format(comment=comment)) == []


def test_same_line_suppression(tmp_path, catalogue) -> None:
    text = 'import * as aws from "@pulumi/aws";\nexport const b = new aws.s3.Bucket("b", {}).bucket; // iacreview: ignore[IAC101] logs\n'
    assert fired(tmp_path, catalogue, "a.ts", text) == []


def test_cloudformation_metadata(tmp_path, catalogue) -> None:
    text = YAML.format(comment="").replace(
        "    Type: AWS::S3::Bucket\n",
        "    Type: AWS::S3::Bucket\n    Metadata:\n      iacreview:\n        ignore:\n          - {id: IAC101, reason: access logs}\n",
    )
    assert fired(tmp_path, catalogue, "a.yaml", text) == []


def test_a_suppression_without_reason_still_silences_but_is_reported(tmp_path, catalogue) -> None:
    got = fired(tmp_path, catalogue, "a.ts", TS.format(comment="// iacreview: ignore[IAC101]"))
    assert got == [(2, "IAC001", "Suppression of IAC101 gives no reason")]


def test_unused_and_unknown_suppressions_are_reported(tmp_path, catalogue) -> None:
    text = TS.format(comment="// iacreview: ignore[IAC101] logs").replace(
        '"b", {}',
        '"b", {}); const k = new aws.kms.Key("k", {}); new aws.s3.BucketServerSideEncryptionConfiguration("e", { bucket: "x", rules: [] }',
    )
    text += "// iacreview: ignore[IAC777] typo\nconst t = 1;\n// iacreview: ignore[IAC302] nothing here\nconst u = 2;\n"
    got = sorted(fired(tmp_path, catalogue, "a.ts", text))
    assert got == [
        (4, "IAC001", "Suppression names `IAC777`, which is no rule"),
        (6, "IAC001", "Suppression of IAC302 silences nothing"),
    ]


TWO_BUCKETS = (
    "{comment}\nAWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::S3::Bucket\n"
    "  B:\n    Type: AWS::S3::Bucket\nOutputs:\n  A: {{Value: !Ref A}}\n  B: {{Value: !Ref B}}\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.yaml", TWO_BUCKETS.format(comment="# iacreview: ignore-file[IAC101] log buckets stay on SSE-S3")),
        (
            "a.md",
            "<!-- iacreview: ignore-file[IAC101] log buckets stay on SSE-S3 -->\n\n```yaml\n"
            + TWO_BUCKETS.format(comment="")
            + "```\n",
        ),
        (
            "a.json",
            '{"AWSTemplateFormatVersion": "2010-09-09", "Metadata": {"iacreview": {"ignore": '
            '[{"id": "IAC101", "reason": "log buckets stay on SSE-S3"}]}}, "Resources": '
            '{"A": {"Type": "AWS::S3::Bucket"}, "B": {"Type": "AWS::S3::Bucket"}}}',
        ),
    ],
    ids=["comment", "markdown", "template-metadata"],
)
def test_a_file_level_suppression_covers_the_whole_file(
    tmp_path: Path, catalogue, name: str, text: str
) -> None:
    assert fired(tmp_path, catalogue, name, text) == []


def test_a_file_level_suppression_that_silences_nothing_is_reported(tmp_path: Path, catalogue) -> None:
    text = TWO_BUCKETS.format(comment="# iacreview: ignore-file[IAC302] no log groups here")
    found = fired(tmp_path, catalogue, "a.yaml", text)
    assert [(line, rule) for line, rule, _ in found if rule == "IAC001"] == [(1, "IAC001")]
    assert [rule for _, rule, _ in found].count("IAC101") == 2
