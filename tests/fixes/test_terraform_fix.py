"""Terraform fixes are written as `terraform fmt` writes HCL: new attributes after the last one with
their `=` aligned in its group, outputs as blocks; checked by `terraform fmt -check` where it is
installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from iacreview.cli import main

RULES = Path(__file__).resolve().parents[2] / "rules"
STACK = Path(__file__).parent.parent / "fixtures" / "reviewed-stack"
FIXED_TF = sorted(RULES.glob("*/*/examples/fixed.tf"))
TERRAFORM = shutil.which("terraform")


def fixed(tmp_path: Path, text: str, *rules: str) -> str:
    target = tmp_path / "main.tf"
    target.write_text(text)
    main(["fix", "--unsafe", "--isolated", *(f"--select={r}" for r in rules), str(target)])
    return target.read_text()


def test_an_added_attribute_realigns_its_group(tmp_path: Path) -> None:
    text = 'resource "aws_kms_key" "k" {\n  description = "k"\n  is_enabled  = true\n}\n'
    assert fixed(tmp_path, text, "IAC104") == (
        'resource "aws_kms_key" "k" {\n'
        '  description         = "k"\n'
        "  is_enabled          = true\n"
        "  enable_key_rotation = true\n"
        "}\n"
    )


def test_an_attribute_after_a_multiline_one_starts_its_own_group(tmp_path: Path) -> None:
    text = 'resource "aws_cloudwatch_log_group" "g" {\n  name = "/app"\n  tags = {\n    Team = "a"\n  }\n}\n'
    assert fixed(tmp_path, text, "IAC302") == (
        'resource "aws_cloudwatch_log_group" "g" {\n'
        '  name = "/app"\n'
        "  tags = {\n"
        '    Team = "a"\n'
        "  }\n"
        "  retention_in_days = 30\n"
        "}\n"
    )


def test_an_empty_block_gets_no_fix(tmp_path: Path) -> None:
    text = 'resource "aws_kms_key" "k" {}\n'
    assert fixed(tmp_path, text, "IAC104") == text


def test_output_names_do_not_collide(tmp_path: Path) -> None:
    text = (
        'resource "aws_s3_bucket" "data" {\n  bucket_prefix = "d"\n}\n\n'
        'resource "aws_kms_key" "data" {\n  enable_key_rotation = true\n}\n\n'
        'output "data_arn" { value = aws_s3_bucket.data.arn }\n'
    )
    assert fixed(tmp_path, text, "IAC501").endswith(
        'output "data_arn" { value = aws_s3_bucket.data.arn }\n\n'
        'output "kms_key_data_arn" {\n  value = aws_kms_key.data.arn\n}\n'
    )


def test_a_resource_with_for_each_gets_no_output(tmp_path: Path) -> None:
    text = (
        'resource "aws_kms_key" "k" {\n  for_each            = toset(["a", "b"])\n'
        "  enable_key_rotation = true\n}\n\n"
        'resource "aws_s3_bucket" "b" {\n  bucket_prefix = "b"\n}\n\noutput "b" { value = aws_s3_bucket.b.id }\n'
    )
    assert fixed(tmp_path, text, "IAC501") == text


@pytest.mark.skipif(TERRAFORM is None, reason="terraform is not installed")
@pytest.mark.parametrize("example", FIXED_TF, ids=lambda p: p.parent.parent.name)
def test_fixed_terraform_examples_are_terraform_fmt_clean(example: Path) -> None:
    run = subprocess.run(
        [str(TERRAFORM), "fmt", "-check", "-diff", str(example)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.skipif(TERRAFORM is None, reason="terraform is not installed")
def test_the_reviewed_terraform_stack_fixes_fmt_clean_and_to_a_fixed_point(tmp_path: Path) -> None:
    target = tmp_path / "main.tf"
    shutil.copyfile(STACK / "bad.tf", target)
    main(["fix", "--unsafe", "--isolated", str(target)])
    once = target.read_bytes()
    assert once != (STACK / "bad.tf").read_bytes()
    main(["fix", "--unsafe", "--isolated", str(target)])
    assert target.read_bytes() == once
    run = subprocess.run(
        [str(TERRAFORM), "fmt", "-check", "-diff", str(target)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_key_created_with_count_is_not_referenced_as_one(tmp_path: Path) -> None:
    text = (
        'resource "aws_kms_key" "k" {\n  count               = 1\n  enable_key_rotation = true\n}\n\n'
        'resource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  bucket = "b"\n  rule {\n'
        '    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n'
    )
    assert fixed(tmp_path, text, "IAC101") == text
