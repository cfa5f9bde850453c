"""Bad input never crashes the run: one IAC000 finding or a skip with a reason, and the rest goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner

PULUMI_HEAD = 'import * as aws from "@pulumi/aws";\n'
GOOD_TEMPLATE = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"


def scan(catalogue, *paths: Path):  # type: ignore[no-untyped-def]
    return Scanner(catalogue, Config()).scan([str(p) for p in paths])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("syntax.ts", PULUMI_HEAD.encode() + b'const x = new aws.s3.Bucket("b", {;\n', "syntax error"),
        ("syntax.py", b"import pulumi\ndef f(:\n", "syntax error"),
        ("latin1.ts", PULUMI_HEAD.encode() + b"// caf\xe9\n", "not valid UTF-8"),
        ("binary.ts", b"\x00\x01\x02@pulumi/aws\x00", "binary content"),
        ("broken.yaml", b"AWSTemplateFormatVersion: x\nResources: {B: [\n", "invalid YAML"),
        ("broken.json", b'{"AWSTemplateFormatVersion": "x", "Resources": {', "invalid JSON"),
    ],
)
def test_unparsable_files_give_one_iac000_and_the_run_goes_on(
    tmp_path, catalogue, name, data, message
) -> None:
    bad = write(tmp_path / name, data)
    good = write(tmp_path / "ok.yaml", GOOD_TEMPLATE.encode())
    result = scan(catalogue, bad, good)
    parse_errors = [f for f in result.findings if f.rule_id == "IAC000"]
    assert len(parse_errors) == 1 and message in parse_errors[0].message
    assert parse_errors[0].path == str(bad)
    assert any(f.path == str(good) and f.rule_id == "IAC101" for f in result.findings)
    assert result.internal_errors == 0


def test_empty_files(tmp_path, catalogue) -> None:
    result = scan(
        catalogue,
        write(tmp_path / "empty.ts", b""),
        write(tmp_path / "empty.yaml", b""),
        write(tmp_path / "e.md", b""),
    )
    assert result.findings == [] and result.internal_errors == 0
    assert any(
        "empty.yaml" in e["path"] and "not a CloudFormation template" in e["message"] for e in result.errors
    )


def test_yaml_that_is_not_a_template_is_skipped_with_a_reason(tmp_path, catalogue) -> None:
    result = scan(catalogue, write(tmp_path / "ci.yaml", b"on: push\njobs: {}\n"))
    assert result.findings == [] and "not a CloudFormation template" in result.errors[0]["message"]


def test_bom_and_crlf(tmp_path, catalogue) -> None:
    text = "\ufeff" + GOOD_TEMPLATE.replace("\n", "\r\n")
    result = Scanner(catalogue, Config(), select=["IAC1", "IAC5"]).scan(
        [str(write(tmp_path / "t.yaml", text.encode()))]
    )
    assert [f.rule_id for f in result.findings] == ["IAC101", "IAC103", "IAC501"]


@pytest.mark.parametrize("depth", [10_000])
def test_deeply_nested_files(tmp_path, catalogue, depth: int) -> None:
    ts = PULUMI_HEAD + "const x = " + "[" * depth + "]" * depth + ";\nnew aws.s3.Bucket('b', {});\n"
    py = "import pulumi\nx = " + "[" * depth + "]" * depth + "\n"
    js = (
        '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"X": '
        + "[" * depth
        + "]" * depth
        + "}}}}"
    )
    files = [
        write(tmp_path / "deep.ts", ts.encode()),
        write(tmp_path / "deep.py", py.encode()),
        write(tmp_path / "deep.json", js.encode()),
    ]
    result = scan(catalogue, *files)
    assert result.internal_errors == 0, result.errors


def test_huge_file_is_refused_with_a_reason(tmp_path, catalogue, monkeypatch) -> None:
    from iacreview.engine import discover

    monkeypatch.setattr(discover, "MAX_FILE_BYTES", 1000)
    big = write(tmp_path / "big.yaml", GOOD_TEMPLATE.encode() + b"#" * 2000)
    result = scan(catalogue, big)
    assert [f.rule_id for f in result.findings] == ["IAC000"] and "too large" in result.findings[0].message


def test_paths_given_twice_and_symlink_loops(tmp_path, catalogue) -> None:
    template = write(tmp_path / "t.yaml", GOOD_TEMPLATE.encode())
    os.symlink(tmp_path, tmp_path / "loop")
    result = scan(catalogue, template, tmp_path, template)
    assert result.files_scanned == 1 and result.internal_errors == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path, catalogue) -> None:
    path = write(tmp_path / "t.yaml", GOOD_TEMPLATE.encode())
    path.chmod(0)
    result = scan(catalogue, path)
    assert "cannot read" in result.errors[0]["message"]


def test_check_never_writes(tmp_path, catalogue) -> None:
    write(tmp_path / "t.yaml", GOOD_TEMPLATE.encode())
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    scan(catalogue, tmp_path)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before


def test_huge_file_of_50_megabytes_is_refused_fast(tmp_path, catalogue) -> None:
    import time

    big = tmp_path / "huge.yaml"
    with big.open("wb") as handle:
        handle.write(GOOD_TEMPLATE.encode())
        chunk = b"# " + b"x" * 1022 + b"\n"
        for _ in range(50 * 1024):
            handle.write(chunk)
    start = time.perf_counter()
    result = scan(catalogue, big)
    assert time.perf_counter() - start < 5
    assert [f.rule_id for f in result.findings] == ["IAC000"] and "too large" in result.findings[0].message


@pytest.mark.parametrize(
    "tagged",
    [
        "!Foo bar",  # an unknown tag is an opaque value
        "!!python/object/apply:os.system ['touch {marker}']",  # never constructed, never run
        "!!binary aGVsbG8=",
    ],
)
def test_custom_and_unknown_yaml_tags_construct_nothing(tmp_path, catalogue, tagged: str) -> None:
    marker = tmp_path / "pwned"
    text = GOOD_TEMPLATE + "    Properties:\n      BucketName: " + tagged.format(marker=marker) + "\n"
    result = scan(catalogue, write(tmp_path / "t.yaml", text.encode()))
    assert not marker.exists()
    assert result.internal_errors == 0 and "IAC101" in {f.rule_id for f in result.findings}


def test_valid_json_that_is_not_a_template(tmp_path, catalogue) -> None:
    # it mentions `Resources` and `AWS::` but has no Resources mapping: not IaC, skipped with a note
    result = scan(catalogue, write(tmp_path / "data.json", b'{"Resources": [1, 2], "AWS::": "x"}'))
    assert result.internal_errors == 0 and result.findings == []
    assert [s["message"] for s in result.skipped] == [
        "skipped: not a CloudFormation template: no Resources mapping"
    ]
