from __future__ import annotations

import pytest

from iacreview.frontends.cloudformation import without_comments
from iacreview.model import Call, ListValue, Literal, MapValue, Ref, Template, Unknown
from tests.conftest import by_name, project_of, scan

TEMPLATE = """AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: {"Fn::Not": [{"Condition": "IsProd"}]}
Resources:
  Key:
    Type: AWS::KMS::Key
  Bucket:
    Type: AWS::S3::Bucket
    Condition: NotProd
    Properties:
      BucketName: !Sub "data-${Env}-${AWS::AccountId}"
      A: !Ref Key
      B: !GetAtt Key.Arn
      C: {"Fn::GetAtt": [Key, KeyId]}
      D: !Join ["-", [a, !Ref Env]]
      E: !If [IsProd, x, y]
      F: {"Ref": "Env"}
      G: !Select [0, !GetAZs ""]
Outputs:
  KeyArn:
    Value: !GetAtt Key.Arn
"""


def test_intrinsics_short_and_long_form(tmp_path) -> None:
    project = project_of(tmp_path, {"t.yaml": TEMPLATE})
    key = by_name(project, "Key")
    props = by_name(project, "Bucket").props
    assert isinstance(props.get("BucketName"), Template)
    assert props.get("A") == Ref(props.get("A").span, key.id, None)
    assert props.get("B").attr == "Arn" and props.get("C").attr == "KeyId"
    assert isinstance(props.get("D"), Template)
    assert isinstance(props.get("E"), Call) and props.get("E").func == "Fn::If"
    assert isinstance(props.get("F"), Unknown)  # a parameter: known to be chosen at deploy time
    assert isinstance(props.get("G"), Call)
    assert project.output_targets() == {key.id}


def shape(value):  # type: ignore[no-untyped-def]
    """A value without its spans, to compare what two spellings mean."""
    if isinstance(value, MapValue):
        return {e.key: shape(e.value) for e in value.entries}
    if isinstance(value, Call):
        return (value.func, [shape(a) for a in value.args])
    if isinstance(value, (Template, ListValue)):
        return [shape(c) for c in value.children()]
    return (
        type(value).__name__,
        getattr(value, "value", getattr(value, "text", getattr(value, "target", None))),
    )


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ('!GetAZs ""', '{"Fn::GetAZs": ""}'),
        ("!ImportValue shared-key-arn", '{"Fn::ImportValue": "shared-key-arn"}'),
        ("!Base64 echo hi", '{"Fn::Base64": "echo hi"}'),
        ('!Select [0, !GetAZs ""]', '{"Fn::Select": [0, {"Fn::GetAZs": ""}]}'),
        (
            "!If [IsProd, !Ref Key, !Ref AWS::NoValue]",
            '{"Fn::If": [IsProd, {"Ref": Key}, {"Ref": AWS::NoValue}]}',
        ),
        (
            "!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}",
            '{"Fn::Transform": {Name: AWS::Include, Parameters: {Location: s3://b/k}}}',
        ),
    ],
)
def test_short_and_long_form_intrinsics_mean_the_same(tmp_path, short: str, long: str) -> None:
    def value_of(expression: str):  # type: ignore[no-untyped-def]
        text = f"Resources:\n  Key:\n    Type: AWS::KMS::Key\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: {expression}\n"
        return by_name(project_of(tmp_path, {"t.yaml": text}), "Bucket").prop("X")

    got = value_of(short)
    assert shape(got) == shape(value_of(long))
    assert max(len(list(node.walk())) for node in [got]) < 10  # no self-nesting


def test_conditions_resolve_through_the_conditions_section(tmp_path) -> None:
    bucket = by_name(project_of(tmp_path, {"t.yaml": TEMPLATE}), "Bucket")
    assert [c.text for c in bucket.conditions] == ["NotProd: not (Env == prod)"]


def test_json_templates_have_positions(tmp_path) -> None:
    text = '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n\t"Properties": {"BucketName": "é-data"}\n    }\n  }\n}\n'
    project = project_of(tmp_path, {"t.json": text})
    name = by_name(project, "Bucket").prop("BucketName")
    assert name == Literal(name.span, "é-data")
    assert text.encode()[name.span.start : name.span.end] == '"é-data"'.encode()


@pytest.mark.parametrize(
    ("prefix", "description"),
    [
        ("", "plain ascii"),
        ("\ufeff", "ascii after a BOM"),
        ("", "données chiffrées €"),
        ("\ufeff", "😀 astral and é after a BOM"),
        ("", "a line\u2028separator"),
    ],
)
def test_spans_are_byte_offsets_whatever_the_characters(tmp_path, prefix: str, description: str) -> None:
    text = (
        f'{prefix}Description: "{description}"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n'
        '    Properties:\n      BucketName: "é-data"\n      Tags: [{Key: "ü", Value: "😀"}]\n'
    )
    project = project_of(tmp_path, {"t.yaml": text})
    bucket = by_name(project, "Bucket")
    data = text.encode()
    name_entry = bucket.props.entry("BucketName")
    assert name_entry is not None
    assert data[name_entry.key_span.start : name_entry.key_span.end] == b"BucketName"
    assert data[name_entry.value.span.start : name_entry.value.span.end] == '"é-data"'.encode()
    tag = bucket.props.get("Tags").items[0]
    assert data[tag.get("Value").span.start : tag.get("Value").span.end] == '"😀"'.encode()
    assert data[bucket.type_span.start : bucket.type_span.end] == b"Bucket"


def test_json_with_comments_is_reported_and_still_reviewed(tmp_path, catalogue) -> None:
    text = '{\n  // storage\n  "Resources": {\n    "Bucket": {"Type": "AWS::S3::Bucket",},\n  }\n}\n'
    (tmp_path / "t.json").write_text(text)
    got = [(line, rule) for line, rule, _ in scan([tmp_path / "t.json"], catalogue)]
    assert (2, "IAC000") in got and (4, "IAC101") in got


def test_without_comments_keeps_every_position() -> None:
    text = '{"a": "http://x", /* c\n */ "b": [1, 2,], // end\n}'
    cleaned = without_comments(text)
    assert len(cleaned) == len(text) and cleaned.count("\n") == text.count("\n")
    assert '"http://x"' in cleaned and "/*" not in cleaned and "//" not in cleaned.replace("http://", "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Resources: [\n", "invalid YAML"),
        ("just: a mapping\n", "no Resources"),
        ("- AWSTemplateFormatVersion: '2010-09-09'\n", "not a mapping"),
        ("", "no Resources"),
    ],
)
def test_not_templates_and_broken_yaml(tmp_path, catalogue, text: str, message: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(text if text.startswith("-") else "AWSTemplateFormatVersion: '2010-09-09'\n" + text)
    from iacreview.engine.config import Config
    from iacreview.engine.runner import Scanner

    result = Scanner(catalogue, Config()).scan([str(path)])
    found = [f.message for f in result.findings] + [e["message"] for e in result.errors]
    assert any(message in m for m in found), found


def test_alias_bomb_is_refused_quickly(tmp_path, catalogue) -> None:
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    lines += ["Resources:", "  B:", "    Type: AWS::S3::Bucket", "    Properties: {Tags: *a9}"]
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n")
    got = scan([tmp_path / "bomb.yaml"], catalogue)
    assert [rule for _, rule, m in got] == ["IAC000"] and "alias" in got[0][2]
