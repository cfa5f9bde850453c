"""`iacreview fix` and `iacreview init` from the command line: safe by default, `--diff` writes
nothing, broken input is never touched, a fix that would not parse is dropped alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from iacreview.cli import main
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner, ScanResult
from iacreview.fixes import apply
from iacreview.model import Span
from iacreview.model.finding import Finding
from iacreview.model.fix import Edit, Fix
from iacreview.reference import TEMPLATES, template_files

STACK = Path(__file__).parent.parent / "fixtures" / "reviewed-stack"
RULES = Path(__file__).parent.parent.parent / "rules"


def rules_on(path: Path) -> set[str]:
    return {f.rule_id for f in Scanner(Catalogue.load(), Config()).scan([str(path)]).findings}


def test_fix_applies_only_safe_fixes_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "stack.cfn.yaml"
    shutil.copyfile(STACK / "bad.cfn.yaml", target)
    main(["fix", "--isolated", str(target)])
    left = rules_on(target)
    assert not left & {"IAC401", "IAC501"}  # safe: fixed
    # without a key in the template, encryption needs a new key; the runtime upgrade and
    # monitoring outside production change behaviour: all left for --unsafe
    assert {"IAC101", "IAC103", "IAC201", "IAC301"} <= left
    assert "more with --unsafe" in capsys.readouterr().err


def test_diff_prints_a_unified_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "stack.pulumi.ts"
    shutil.copyfile(STACK / "bad.pulumi.ts", target)
    main(["fix", "--diff", "--unsafe", "--isolated", str(target)])
    out = capsys.readouterr().out
    assert target.read_bytes() == (STACK / "bad.pulumi.ts").read_bytes()
    assert out.startswith("--- ") and "\n+++ " in out
    assert "-    public readonly bucketVersioning: aws.s3.BucketVersioningV2;\n" in out
    assert "+    public readonly bucketVersioning: aws.s3.BucketVersioning;\n" in out
    assert f"--- a/{str(target).lstrip('/')}\n" in out


def test_a_file_that_does_not_parse_is_never_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "broken.pulumi.ts"
    text = (STACK / "bad.pulumi.ts").read_text() + "\nconst broken = new aws.s3.Bucket(\n"
    target.write_text(text)
    main(["fix", "--unsafe", "--isolated", str(target)])
    assert target.read_text() == text
    assert "does not parse" in capsys.readouterr().err


def test_a_fix_that_would_not_parse_is_dropped_and_the_others_kept(tmp_path: Path) -> None:
    target = tmp_path / "stack.cfn.yaml"
    shutil.copyfile(STACK / "bad.cfn.yaml", target)
    scanner = Scanner(Catalogue.load(), Config())
    breaking = Fix("break the template", "safe", (Edit(Span(str(target), 0, 0), "Resources: [\n"),))

    def scan_with_a_broken_fix(overrides: dict[Path, bytes]) -> ScanResult:
        result = scanner.scan([str(target)], overrides=overrides)
        result.findings.append(Finding("IAC999", "broken", "low", Span(str(target), 0, 1), "x", fix=breaking))
        result.sources.setdefault(str(target), overrides.get(target, target.read_bytes()))
        result.real_paths.setdefault(str(target), target)
        return result

    outcome = apply.run(scan_with_a_broken_fix, unsafe=True)
    fixed = outcome.after[target]
    assert not fixed.startswith(b"Resources: [")
    assert b"EnableKeyRotation: true" in fixed  # the other fixes still applied
    assert outcome.reverted == [str(target)]


@pytest.mark.parametrize("template", TEMPLATES)
def test_init_writes_a_clean_reference_stack_and_refuses_to_overwrite(template: str, tmp_path: Path) -> None:
    assert main(["init", "--template", template, str(tmp_path)]) == 0
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted(template_files(template))
    assert main(["check", "--isolated", str(tmp_path)]) == 0
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main(["init", "--template", template, str(tmp_path)]) == 2
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


OTHER_FRAMEWORKS = sorted(
    p
    for p in [
        *RULES.glob("*/*/examples/bad.cdk*.*"),
        *RULES.glob("*/*/examples/bad.tf"),
        *STACK.glob("bad.*"),
    ]
    if p.is_file() and p.name.startswith(("bad.cdk", "bad.tf")) and not p.name.endswith(".snap")
)


def _frontend_of(example: Path) -> str:
    from iacreview.frontends import registry

    return next(f.id for f in registry.FRONTENDS if example.name == f"bad.{f.example}")


@pytest.mark.parametrize("bad", OTHER_FRAMEWORKS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_cdk_cdktf_and_terraform_code_is_edited_only_by_rules_with_a_fixed_example(
    bad: Path, tmp_path: Path
) -> None:
    """CDK, CDKTF and Terraform fixes exist only where a rule has a `fixed.*` example for the
    frontend (the tests compare against it): every other rule leaves such code alone."""
    frontend = _frontend_of(bad)
    tested = [r.id for r in Catalogue.load().rules if frontend in r.fixed_frontends]
    target = tmp_path / bad.name
    shutil.copyfile(bad, target)
    main(["fix", "--unsafe", "--isolated", *(f"--ignore={rule}" for rule in tested), str(target)])
    assert target.read_bytes() == bad.read_bytes()


def test_a_fix_whose_finding_stays_is_rejected_and_the_run_converges(tmp_path: Path) -> None:
    """Verification: a fix that leaves its finding in place is put back and never offered again, so
    the run ends after it instead of adding the same text pass after pass."""
    target = tmp_path / "stack.cfn.yaml"
    shutil.copyfile(STACK / "bad.cfn.yaml", target)
    scanner = Scanner(Catalogue.load(), Config())

    def scan_with_a_useless_fix(overrides: dict[Path, bytes]) -> ScanResult:
        result = scanner.scan([str(target)], overrides=overrides)
        data = overrides.get(target, target.read_bytes())
        useless = Fix(
            "append a comment", "safe", (Edit(Span(str(target), len(data), len(data)), "# more\n"),)
        )
        result.findings.append(Finding("IAC999", "stays", "low", Span(str(target), 0, 1), "x", fix=useless))
        result.sources.setdefault(str(target), data)
        result.real_paths.setdefault(str(target), target)
        return result

    outcome = apply.run(scan_with_a_useless_fix, unsafe=True)
    assert b"# more" not in outcome.after[target]
    assert b"EnableKeyRotation: true" in outcome.after[target]  # the fixes that verify are kept
    assert outcome.rejected == [f"{target}: IAC999"]
    # check --verify-fixes: the same loop in memory; only the finding whose fix fails loses it
    findings = scan_with_a_useless_fix({}).findings
    checked = apply.verified(findings, scan_with_a_useless_fix)
    assert [f.rule_id for f in checked if f.fixable] == [
        f.rule_id for f in findings if f.fixable and f.rule_id != "IAC999"
    ]
    assert [f.fix for f in checked if f.rule_id == "IAC999"] == [None]
    assert target.read_bytes() == (STACK / "bad.cfn.yaml").read_bytes()  # nothing written


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ([(3, 3, "A"), (3, 3, "B")], b"abcABdef"),  # two insertions at one point, in the order given
        ([(3, 3, "B"), (3, 3, "A")], b"abcBAdef"),
        ([(3, 3, "A"), (3, 3, "A")], b"abcAdef"),  # the same edit twice is applied once
        ([(0, 3, "X"), (3, 3, "A")], b"XAdef"),
        ([(3, 3, "A"), (3, 6, "Y")], b"abcAY"),
    ],
)
def test_apply_edits(edits: list[tuple[int, int, str]], expected: bytes) -> None:
    from iacreview.model.fix import apply_edits

    assert apply_edits(b"abcdef", [Edit(Span("f", s, e), t) for s, e, t in edits]) == expected


def test_insertions_at_one_point_do_not_overlap_but_crossing_edits_do() -> None:
    from iacreview.model.fix import overlaps

    assert not overlaps(Edit(Span("f", 3, 3), "A"), Edit(Span("f", 3, 3), "B"))
    assert overlaps(Edit(Span("f", 1, 4), "A"), Edit(Span("f", 3, 3), "B"))
    assert overlaps(Edit(Span("f", 1, 4), "A"), Edit(Span("f", 2, 6), "B"))
    assert not overlaps(Edit(Span("f", 1, 4), "A"), Edit(Span("f", 4, 6), "B"))


def test_nothing_in_a_file_that_does_not_parse_is_offered_as_fixable(tmp_path: Path) -> None:
    """`fix` never edits such a file, so `check` does not call its findings fixable, whether or not
    IAC000 is selected; and `fix --select` without IAC000 still leaves the file alone."""
    target = tmp_path / "stack.pulumi.ts"
    text = (STACK / "bad.pulumi.ts").read_text() + "\nconst broken = {\n"
    target.write_text(text)
    for rules in (None, ["IAC104", "IAC501"]):
        select = ["--select", ",".join(rules)] if rules else []
        result = Scanner(Catalogue.load(), Config(), select=rules).scan([str(target)])
        assert result.findings and not any(f.fixable for f in result.findings)
        assert result.unparsable == {str(target)}
        main(["fix", "--unsafe", "--isolated", *select, str(target)])
        assert target.read_text() == text


def test_fix_rescans_only_the_projects_a_pass_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every pass rescans, but a project none of whose files changed is taken from the scanner's memo:
    an untouched template is read once however many passes the other one needs."""
    from iacreview.engine.runner import Scanner as RealScanner

    shutil.copyfile(STACK / "bad.cfn.yaml", tmp_path / "fixed.yaml")
    shutil.copyfile(STACK / "good.cfn.yaml", tmp_path / "untouched.yaml")
    scanned: list[str] = []
    original = RealScanner.scan_one

    def counting(self, spec):  # type: ignore[no-untyped-def]
        scanned.append(Path(spec.files[0].path).name)
        return original(self, spec)

    monkeypatch.setattr(RealScanner, "scan_one", counting)
    main(["fix", "--unsafe", "--isolated", str(tmp_path)])
    assert scanned.count("untouched.yaml") == 1
    assert scanned.count("fixed.yaml") > 2  # the first scan, then after each pass
    assert (tmp_path / "untouched.yaml").read_bytes() == (STACK / "good.cfn.yaml").read_bytes()


def test_check_verify_fixes_keeps_what_fix_would_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "stack.yaml"
    shutil.copyfile(STACK / "bad.cfn.yaml", target)
    main(["check", "--isolated", "--format", "json", str(target)])
    plain = json.loads(capsys.readouterr().out)["findings"]
    main(["check", "--isolated", "--format", "json", "--verify-fixes", str(target)])
    verified = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule_id"], f["fixable"]) for f in verified] == [(f["rule_id"], f["fixable"]) for f in plain]
    assert any(f["fixable"] for f in verified)
    assert target.read_bytes() == (STACK / "bad.cfn.yaml").read_bytes()


YAML_BLOCK_VALUE = """AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  HasKey: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
              KMSMasterKeyID: !If
                - HasKey
                - alias/aws/s3
                - !Ref AWS::NoValue
            BucketKeyEnabled: true
"""


def test_a_yaml_block_value_is_replaced_up_to_its_last_character(tmp_path: Path) -> None:
    """A block value's span runs to the next key: replacing it must leave that key on its own line."""
    target = tmp_path / "stack.yaml"
    target.write_text(YAML_BLOCK_VALUE)
    main(["fix", "--isolated", "--select", "IAC101", str(target)])
    text = target.read_text()
    assert "              KMSMasterKeyID: !GetAtt DataKey.Arn\n            BucketKeyEnabled: true\n" in text
    assert "SSEAlgorithm: aws:kms" in text
