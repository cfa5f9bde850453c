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


def test_outputs_appended_to_a_file_without_a_final_line_break_share_it(tmp_path: Path) -> None:
    """Two outputs appended where the file lacks its final line break: the break is added once."""
    alarms = "".join(
        f'resource "aws_cloudwatch_metric_alarm" "{n}" {{\n  alarm_name = "{n}"\n}}\n\n' for n in "abc"
    )
    out = fixed(
        tmp_path,
        alarms + 'output "c_name" {\n  value = aws_cloudwatch_metric_alarm.c.alarm_name\n}',
        "IAC501",
    )
    assert out.endswith(
        '  value = aws_cloudwatch_metric_alarm.c.alarm_name\n}\n\noutput "a_arn" {\n'
        '  value = aws_cloudwatch_metric_alarm.a.arn\n}\n\noutput "b_arn" {\n'
        "  value = aws_cloudwatch_metric_alarm.b.arn\n}\n"
    )


MONOLITH = "".join(
    [
        'resource "aws_cloudwatch_metric_alarm" "errors" {\n  alarm_name = "errors"\n  metric_name = "Errors"\n}\n',
        *(f'resource "aws_sns_topic" "t{n}" {{\n  name = "t{n}"\n}}\n' for n in range(3)),
        *(f'resource "aws_sqs_queue" "q{n}" {{\n  name = "q{n}"\n}}\n' for n in range(3)),
        'resource "aws_cloudwatch_log_group" "g" {\n  name = "g"\n  retention_in_days = 30\n}\n',
    ]
)
BUCKET = (
    'resource "aws_s3_bucket" "data" {\n  bucket_prefix = "data"\n}\n'
    'resource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n'
    "  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n"
    '      sse_algorithm = "AES256"\n    }\n  }\n}\n'
)


def test_a_fix_elsewhere_changing_a_stack_findings_count_does_not_hold_back_a_fix_here(
    tmp_path: Path,
) -> None:
    """The new key (in s3.tf) makes "the root module declares 10 resources" 11 in a.tf, where IAC601 is
    reported: its fingerprint changes, but it is no new finding, so a.tf's output is added in the first
    run and a second run changes nothing."""
    (tmp_path / "a.tf").write_text(MONOLITH)
    (tmp_path / "s3.tf").write_text(BUCKET)
    (tmp_path / "outputs.tf").write_text('output "bucket" {\n  value = aws_s3_bucket.data.bucket\n}\n')
    main(["fix", "--unsafe", "--isolated", "--select=IAC103,IAC501,IAC601", str(tmp_path)])
    once = {p.name: p.read_text() for p in tmp_path.glob("*.tf")}
    assert 'output "errors_arn"' in once["a.tf"] and 'resource "aws_kms_key" "data"' in once["s3.tf"]
    main(["fix", "--unsafe", "--isolated", "--select=IAC103,IAC501,IAC601", str(tmp_path)])
    assert {p.name: p.read_text() for p in tmp_path.glob("*.tf")} == once


NOTIFIED = """resource "aws_lambda_function" "thumbs" {
  function_name = "thumbs"
  role          = "arn:aws:iam::123456789012:role/thumbs"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "thumbs.zip"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "uploads"
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  lambda_function {
    lambda_function_arn = aws_lambda_function.thumbs.arn
    events              = ["s3:ObjectCreated:*"]
  }
}
"""


def test_a_lambda_permission_is_added_and_an_s3_notification_waits_for_it(tmp_path: Path) -> None:
    """S3 checks the permission when the notification is set, so the notification depends on it."""
    text = fixed(tmp_path, NOTIFIED, "IAC405")
    assert text.endswith(
        'resource "aws_s3_bucket_notification" "uploads" {\n'
        "  bucket     = aws_s3_bucket.uploads.id\n"
        "  depends_on = [aws_lambda_permission.uploads_thumbs]\n"
        "\n"
        "  lambda_function {\n"
        "    lambda_function_arn = aws_lambda_function.thumbs.arn\n"
        '    events              = ["s3:ObjectCreated:*"]\n'
        "  }\n"
        "}\n"
        "\n"
        'resource "aws_lambda_permission" "uploads_thumbs" {\n'
        '  action        = "lambda:InvokeFunction"\n'
        "  function_name = aws_lambda_function.thumbs.function_name\n"
        '  principal     = "s3.amazonaws.com"\n'
        "  source_arn    = aws_s3_bucket.uploads.arn\n"
        "}\n"
    )
    assert fixed(tmp_path, text, "IAC405") == text  # nothing left to do
    if TERRAFORM:
        (tmp_path / "main.tf").write_text(text)
        check = subprocess.run([TERRAFORM, "fmt", "-check", str(tmp_path / "main.tf")], capture_output=True)
        assert check.returncode == 0, check.stdout


def test_no_lambda_permission_for_a_caller_with_count(tmp_path: Path) -> None:
    text = NOTIFIED.replace(
        'resource "aws_s3_bucket_notification" "uploads" {\n',
        'resource "aws_s3_bucket_notification" "uploads" {\n  count  = 1\n',
    )
    assert fixed(tmp_path, text, "IAC405") == text
