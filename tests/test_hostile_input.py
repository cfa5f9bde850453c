"""Hostile, huge and broken input: nothing hangs, nothing is injected, input errors exit 2 in one line.

Every hostile input is generated here, none is committed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from iacreview.cli import main
from iacreview.engine.cache import Cache
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from tests.conftest import FIXTURES, TODAY

GOOD_TS = FIXTURES / "reviewed-stack" / "good.pulumi.ts"
SELF_ALIAS = "Resources:\n  B: &b {Type: AWS::S3::Bucket, Properties: {Tags: [*b]}}\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def template(buckets: dict[str, str]) -> str:
    """A CloudFormation template of AES256 buckets, by logical name -> BucketName."""
    body = "".join(
        f"  {name}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: {json.dumps(bucket)}\n"
        f"      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n"
        f"          - ServerSideEncryptionByDefault: {{SSEAlgorithm: AES256}}\n"
        for name, bucket in buckets.items()
    )
    return f"AWSTemplateFormatVersion: '2010-09-09'\nResources:\n{body}"


@pytest.mark.parametrize(
    ("name", "text"),
    [("t.yaml", SELF_ALIAS), ("answer.md", f"# Answer\n\n```yaml\n{SELF_ALIAS}```\n")],
)
def test_an_alias_to_itself_is_one_parse_error_not_a_hang(tmp_path, catalogue, name, text) -> None:
    path = tmp_path / name
    path.write_text(text)
    result = Scanner(catalogue, Config()).scan([str(path)])
    assert [(f.rule_id, "cycle" in f.message) for f in result.findings] == [("IAC000", True)]


@pytest.mark.parametrize("command", ["check", "report", "fix"])
def test_a_missing_path_exits_2(capsys, command: str) -> None:
    code, _, err = run(capsys, command, "no/such/file.ts")
    assert code == 2 and "no/such/file.ts: no such file or directory" in err


def test_a_dangling_link_or_a_fifo_named_explicitly_exits_2(tmp_path, capsys) -> None:
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "gone.yaml")
    os.mkfifo(tmp_path / "pipe.yaml")
    for name, message in [("dangling.yaml", "cannot resolve"), ("pipe.yaml", "not a regular file")]:
        code, _, err = run(capsys, "check", str(tmp_path / name))
        assert code == 2 and message in err


def test_a_dangling_link_or_a_fifo_found_walking_is_skipped(tmp_path, capsys) -> None:
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "gone.yaml")
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "ok.ts").write_bytes(GOOD_TS.read_bytes())
    code, out, _ = run(capsys, "check", str(tmp_path), "--no-cache")
    assert code == 0 and "No findings" in out


def test_compare_with_a_missing_side_writes_no_report(tmp_path, capsys) -> None:
    code, out, err = run(capsys, "compare", str(GOOD_TS), str(tmp_path / "NOPE.md"))
    assert code == 2 and out == "" and "NOPE.md: no such file or directory" in err


@pytest.mark.parametrize(
    ("option", "target", "message"),
    [
        ("-o", "missing/out.json", "no such folder"),
        ("-o", ".", "is a folder"),
        ("--write-baseline", "missing/base.json", "cannot write baseline"),
        ("--baseline", ".", "not a regular file"),
    ],
)
def test_bad_output_and_baseline_paths_are_one_line_errors(
    tmp_path, capsys, option: str, target: str, message: str
) -> None:
    code, _, err = run(capsys, "check", str(GOOD_TS), option, str(tmp_path / target), "--no-cache")
    assert code == 2 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_output_onto_a_reviewed_file_is_refused(tmp_path, capsys) -> None:
    code_file = tmp_path / "index.ts"
    code_file.write_bytes(GOOD_TS.read_bytes())
    for given in (str(code_file), str(tmp_path)):
        code, _, err = run(capsys, "check", given, "-o", str(code_file), "--no-cache")
        assert code == 2 and "is one of the files being reviewed" in err
    assert code_file.read_bytes() == GOOD_TS.read_bytes()


def test_a_baseline_that_is_a_fifo_or_nested_too_deep_exits_2(tmp_path, capsys) -> None:
    os.mkfifo(tmp_path / "fifo.json")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    for baseline in (tmp_path / "fifo.json", deep):
        code, _, err = run(capsys, "check", str(GOOD_TS), "--baseline", str(baseline), "--no-cache")
        assert code == 2 and "baseline" in err and "Traceback" not in err


def test_jobs_beyond_the_cores_are_capped_with_a_warning(capsys) -> None:
    code, _, err = run(capsys, "check", str(GOOD_TS), "--jobs", "300", "--no-cache")
    assert code == 0 and f"using {os.cpu_count()}" in err


@pytest.mark.parametrize(
    "forge",
    [
        lambda entry: entry["findings"][0].pop("message"),
        lambda entry: entry["findings"][0].update(file="/etc/hostname"),
        lambda entry: entry["findings"][0].update(start="0"),
        lambda entry: entry.update(findings={"a": 1}),
    ],
)
def test_a_cache_entry_of_the_wrong_shape_or_naming_another_file_is_a_miss(
    catalogue, tmp_path, forge
) -> None:
    target = tmp_path / "t.yaml"
    target.write_text(template({"B": "b"}))
    cache = Cache(tmp_path / "cache", "tool")
    fresh = Scanner(catalogue, Config(), today=TODAY, cache=cache).scan([str(target)])
    [entry_file] = (tmp_path / "cache").rglob("*.json")
    entry = json.loads(entry_file.read_text())
    forge(entry)
    entry_file.write_text(json.dumps(entry))
    again = Scanner(catalogue, Config(), today=TODAY, cache=cache).scan([str(target)])
    assert [(f.path, f.span, f.message) for f in again.findings] == [
        (f.path, f.span, f.message) for f in fresh.findings
    ]
    assert "/etc/hostname" not in again.sources


HOSTILE_NAME = "x\n::error file=ci.yml,line=1::pwned\x1b]8;;javascript:alert(1)\x07<script>`a`b"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "t.yaml"
    path.write_text(template({"B": HOSTILE_NAME}) + "  \x1b[31mC:\n    Type: AWS::S3::Bucket\n")
    return path


@pytest.mark.parametrize("fmt", ["text", "github", "junit", "markdown"])
def test_names_from_the_code_cannot_inject_commands_or_markup(capsys, hostile: Path, fmt: str) -> None:
    _, out, _ = run(capsys, "check", str(hostile), "--format", fmt, "--no-cache")
    assert out
    assert "\x1b" not in out and "\x07" not in out
    lines = out.splitlines()
    if fmt == "github":
        assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
        assert not any("::error file=ci.yml" in line for line in lines)
    else:
        assert not any(line.startswith("::") for line in lines)
    if fmt == "junit":
        ET.fromstring(out.split("\n", 1)[1])  # well-formed
    if fmt == "markdown":
        assert "<script>" not in out and "](javascript:" not in out


def test_report_paths_and_names_stay_inside_their_code_spans(capsys, hostile: Path) -> None:
    _, out, _ = run(capsys, "report", str(hostile), "--no-cache")
    assert "<script>" not in out and not re.search(r"^#+ .*pwned", out, re.MULTILINE)


def test_a_long_source_line_is_shown_as_a_bounded_window(tmp_path, capsys) -> None:
    # one line of JSON with 1,000 buckets: each finding shows a window, not the 100 KB line
    resources = {
        f"B{i}": {
            "Type": "AWS::S3::Bucket",
            "Properties": {
                "BucketEncryption": {
                    "ServerSideEncryptionConfiguration": [
                        {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}
                    ]
                }
            },
        }
        for i in range(1000)
    }
    path = tmp_path / "one-line.json"
    path.write_text(json.dumps({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}))
    code, out, _ = run(capsys, "check", str(path), "--no-cache", "--select", "IAC802")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 3 * 1000 + 1
    assert max(len(line) for line in lines) < 250
    assert sum(1 for line in lines if line.lstrip().startswith("|") and "^" in line) == 1000


def test_an_oversized_file_found_walking_gets_iac000_like_a_named_one(
    tmp_path, catalogue, monkeypatch
) -> None:
    from iacreview.engine import discover

    monkeypatch.setattr(discover, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.yaml").write_text(template({"B": "b"}) + "#" * 2000)
    (tmp_path / "data.yaml").write_text("items: [" + "1, " * 1000 + "]\n")  # not a template: skipped
    for given in (tmp_path, tmp_path / "big.yaml"):
        result = Scanner(catalogue, Config()).scan([str(given)])
        assert [(Path(f.path).name, f.rule_id, "too large" in f.message) for f in result.findings] == [
            ("big.yaml", "IAC000", True)
        ]


def test_the_tool_runs_as_a_module_without_a_traceback_on_a_bad_output(tmp_path) -> None:
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-m", "iacreview", "check", str(GOOD_TS), "-o", str(tmp_path / "a" / "b.txt")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def _program(tmp_path: Path, files: dict[str, str]) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "package.json").write_text('{"name": "x", "main": "index.ts"}')
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


PULUMI_BUCKET = 'import * as aws from "@pulumi/aws";\nexport const b = new aws.s3.Bucket("b");\n'


def test_a_file_nested_too_deep_gets_iac000_and_the_others_keep_their_findings(tmp_path, catalogue) -> None:
    deep = 'import * as aws from "@pulumi/aws";\nconst x = 1;\n' + "if (x) {\n" * 1600 + "}\n" * 1600
    root = _program(tmp_path, {"index.ts": PULUMI_BUCKET, "deep.ts": deep})
    result = Scanner(catalogue, Config()).scan([str(root)])
    assert result.internal_errors == 0
    assert [f.message for f in result.findings if f.path.endswith("deep.ts")] == ["nested too deep to read"]
    assert any(f.path.endswith("index.ts") and f.rule_id == "IAC101" for f in result.findings)


def test_an_internal_error_in_one_file_never_drops_the_findings_of_the_others(
    tmp_path, catalogue, monkeypatch
) -> None:
    from iacreview.frontends.base import ProjectBuilder

    add_unit = ProjectBuilder.add_unit

    def failing(self, unit, language):  # type: ignore[no-untyped-def]
        if b"BOOM" in unit.text:
            raise ValueError("a bug of ours")
        return add_unit(self, unit, language)

    monkeypatch.setattr(ProjectBuilder, "add_unit", failing)
    root = _program(tmp_path, {"index.ts": PULUMI_BUCKET, "other.ts": PULUMI_BUCKET + "// BOOM\n"})
    result = Scanner(catalogue, Config()).scan([str(root)])
    assert result.internal_errors == 1 and result.errors[0]["path"].endswith("other.ts")
    assert "ValueError: a bug of ours" in result.errors[0]["message"]
    assert any(f.path.endswith("index.ts") and f.rule_id == "IAC101" for f in result.findings)


KEYERROR_ANSWER = """## app.ts
```typescript
import * as cdk from 'aws-cdk-lib';
import { TapStack } from './lib/tap-stack';
new TapStack(new cdk.App(), 'A');
```
## bin/tap-stack.ts
```typescript
import * as cdk from 'aws-cdk-lib';
import { TapStack } from '../lib/tap-stack';
new TapStack(new cdk.App(), 'B');
```
## lib/tap-stack.ts
```typescript
import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
export class TapStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'B');
  }
}
```
"""


def test_two_modules_of_one_name_in_bin_and_lib_resolve_without_an_internal_error(
    tmp_path, catalogue
) -> None:
    (tmp_path / "answer.md").write_text(KEYERROR_ANSWER)
    result = Scanner(catalogue, Config()).scan([str(tmp_path / "answer.md")])
    assert result.internal_errors == 0, result.errors
    assert any(f.rule_id == "IAC101" for f in result.findings)


@pytest.mark.parametrize(
    ("importer", "module", "expected"),
    [
        ("bin/tap-stack.ts", "../lib/tap-stack", ["lib/tap-stack"]),
        ("app.ts", "./lib/tap-stack", ["lib/tap-stack"]),
        ("app.ts", "./lib", ["lib/index"]),
        ("bin/tap.ts", "../lib", ["lib/index"]),
        ("docs/x.ts", "./tap-stack", ["bin/tap-stack", "lib/tap-stack"]),  # no such path: by name
    ],
)
def test_typescript_imports_resolve_by_their_relative_path(importer, module, expected) -> None:
    from iacreview.frontends.base import ProjectBuilder, SourceUnit
    from iacreview.frontends.typescript import TypeScriptProgram

    program = TypeScriptProgram(ProjectBuilder(".", "directory", {}), {})
    for name in ("bin/tap-stack.ts", "lib/tap-stack.ts", "lib/index.ts", "app.ts"):
        program.add(SourceUnit(name, b"export const x = 1;\n"))
    assert program.import_targets(importer, module) == expected


def test_python_relative_imports_resolve_from_the_importing_package(tmp_path, catalogue) -> None:
    (tmp_path / "Pulumi.yaml").write_text("name: x\nruntime: python\n")
    (tmp_path / "infra").mkdir()
    (tmp_path / "infra" / "__init__.py").write_text("")
    (tmp_path / "infra" / "storage.py").write_text(
        "import pulumi_aws as aws\n\ndef make():\n    return aws.s3.Bucket('b')\n"
    )
    (tmp_path / "infra" / "stack.py").write_text("from .storage import make\n\nbucket = make()\n")
    (tmp_path / "__main__.py").write_text("import pulumi\nfrom infra import stack\n")
    result = Scanner(catalogue, Config(), keep_projects=True).scan([str(tmp_path)])
    [project] = result.projects
    assert [r.kind for r in project.resources] == ["aws.s3.bucket"]


@pytest.mark.parametrize(
    ("name", "text", "key", "first_line"),
    [
        ("t.yaml", template({"B": "b"}) + "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n", "Resources", 2),
        (
            "t.json",
            '{"Resources": {"B": {"Type": "AWS::S3::Bucket"},\n "B": {"Type": "AWS::SQS::Queue"}}}',
            "B",
            1,
        ),
    ],
)
def test_a_duplicate_key_is_a_finding_naming_both_lines(
    tmp_path, catalogue, name, text, key, first_line
) -> None:
    path = tmp_path / name
    path.write_text(text)
    result = Scanner(catalogue, Config()).scan([str(path)])
    [problem] = [f for f in result.findings if f.rule_id == "IAC000"]
    assert f"duplicate key `{key}` (first on line {first_line})" in problem.message
    assert path.read_bytes()[problem.span.start :].startswith(
        f'"{key}"'.encode() if name.endswith("json") else key.encode()
    )


ANSWER = "# Answer\n\n```yaml\n" + template({"B": "b"}) + "```\n"


def _findings(catalogue, path: Path) -> list[tuple[str, int]]:
    from iacreview.engine.discover import with_line_feeds
    from iacreview.model.span import LineIndex

    result = Scanner(catalogue, Config()).scan([str(path)])
    lines = LineIndex(with_line_feeds(path.read_bytes()))
    return [(f.rule_id, lines.position(f.span.start)[0]) for f in result.findings]


def test_markdown_with_cr_only_line_ends_reads_like_lf(tmp_path, catalogue) -> None:
    lf, cr, crlf = tmp_path / "lf.md", tmp_path / "cr.md", tmp_path / "crlf.md"
    lf.write_bytes(ANSWER.encode())
    cr.write_bytes(ANSWER.replace("\n", "\r").encode())
    crlf.write_bytes(ANSWER.replace("\n", "\r\n").encode())
    expected = _findings(catalogue, lf)
    assert expected and _findings(catalogue, cr) == expected == _findings(catalogue, crlf)


def test_fix_keeps_cr_only_line_ends(tmp_path, capsys) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(template({"B": "b"}).replace("\n", "\r").encode())
    code, _, err = run(capsys, "fix", str(path), "--select", "IAC501")
    fixed = path.read_bytes()
    assert code == 0 and "fixed 1 file" in err and b"\rOutputs:\r" in fixed and b"\n" not in fixed


def test_a_latin1_byte_in_the_prose_of_an_answer_loses_nothing(tmp_path, catalogue) -> None:
    clean, latin = tmp_path / "clean.md", tmp_path / "latin.md"
    clean.write_bytes(ANSWER.encode())
    latin.write_bytes(ANSWER.replace("# Answer", "# Caf\xe9 answer").encode("latin-1"))
    assert _findings(catalogue, latin) == _findings(catalogue, clean)


def test_a_latin1_byte_inside_a_block_costs_only_that_block(tmp_path, catalogue) -> None:
    path = tmp_path / "a.md"
    broken = "```yaml\nResources:\n  C:\n    Type: AWS::S3::Bucket # caf\xe9\n```\n"
    path.write_bytes((broken + ANSWER).encode("latin-1"))
    found = _findings(catalogue, path)
    assert ("IAC000", 4) in found and ("IAC103", 11) in found


@pytest.mark.parametrize(
    ("name", "code"),
    [
        (
            "a.ts",
            'import * as aws from "@pulumi/aws";\nconst a = new aws.s3.Bucket("a");\n'
            'const q = new aws.sqs.Queue("q", { name: ;\nconst b = new aws.s3.Bucket("b");\n',
        ),
        (
            "a.md",
            '```typescript\nimport * as aws from "@pulumi/aws";\nconst a = new aws.s3.Bucket("a");\n'
            'Here the answer wrote prose inside the fence.\nconst b = new aws.s3.Bucket("b");\n```\n',
        ),
        (
            "a.yaml",
            "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::S3::Bucket\n"
            "Then the answer says: this is: prose\n  B:\n    Type: AWS::S3::Bucket\n",
        ),
        (
            "a.tf",
            'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\nHere the answer wrote prose.\n'
            'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
        ),
    ],
)
def test_broken_code_keeps_the_resources_around_the_broken_line(tmp_path, catalogue, name, code) -> None:
    path = tmp_path / name
    path.write_text(code)
    result = Scanner(catalogue, Config(), select=["IAC000", "IAC802"]).scan([str(path)])
    lines = [(f.rule_id, code[: f.span.start].count("\n") + 1) for f in result.findings]
    assert [rule for rule, _ in lines] == ["IAC802", "IAC000", "IAC802"], lines
    assert result.unparsable == {str(path)}  # still never edited by fix


def test_a_mangled_import_line_is_not_blanked_away(tmp_path, catalogue) -> None:
    # Markdown turned `* as` into `_ as`: tree-sitter's own recovery still binds the module
    path = tmp_path / "a.ts"
    path.write_text(
        "import _ as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n"
        "export class S extends cdk.Stack {\n  constructor(scope: any, id: string) {\n"
        "    super(scope, id);\n    new s3.Bucket(this, 'B');\n  }\n}\n"
    )
    result = Scanner(catalogue, Config(), select=["IAC000", "IAC802"]).scan([str(path)])
    assert sorted(f.rule_id for f in result.findings) == ["IAC000", "IAC802"]


def test_a_file_deleted_during_fix_is_a_one_line_error(tmp_path, capsys, monkeypatch) -> None:
    from iacreview.fixes import apply

    path = tmp_path / "t.yaml"
    path.write_text(template({"B": "b"}))
    real_run = apply.run

    def run_then_delete(*args, **kwargs):  # type: ignore[no-untyped-def]
        outcome = real_run(*args, **kwargs)
        path.unlink()  # as an editor or a branch switch would, while fix was working
        return outcome

    monkeypatch.setattr(apply, "run", run_then_delete)
    code, _, err = run(capsys, "fix", str(path), "--select", "IAC501")
    assert code == 2 and "cannot be read again" in err and "Traceback" not in err
    assert not path.exists()  # nothing written in its place
