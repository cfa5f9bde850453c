"""Every frontend that has parameters reads them into the model the same way: the name where it is
declared, the default as a value, whether it is hidden (`NoEcho`, `sensitive`) and its type; and
CloudFormation's mappings, by file and name."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.model import Literal, MapValue
from tests.conftest import project_of

CASES = {
    "template.yaml": (
        "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: 'true'\n    Default: Secret123\n"
        "  Env:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /app/env\n"
        "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
    ),
    "template.json": (
        '{"Parameters": {"DBPassword": {"Type": "String", "NoEcho": true, "Default": "Secret123"},'
        ' "Env": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/app/env"}},'
        ' "Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}}'
    ),
    "main.tf": (
        'variable "DBPassword" {\n  sensitive = true\n  default = "Secret123"\n}\n'
        'variable "Env" {\n  default = "/app/env"\n}\n'
    ),
    "stack.ts": (
        'import * as cdk from "aws-cdk-lib";\n'
        'new cdk.CfnParameter(this, "DBPassword", { noEcho: true, default: "Secret123" });\n'
        'new cdk.CfnParameter(this, "Env", { default: "/app/env" });\n'
    ),
    "main.py": (
        "from cdktf import TerraformVariable\n"
        'TerraformVariable(self, "DBPassword", sensitive=True, default="Secret123")\n'
        'TerraformVariable(self, "Env", default="/app/env")\n'
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_parameters_are_read_with_default_and_marker(tmp_path: Path, name: str) -> None:
    project = project_of(tmp_path, {name: CASES[name]})
    found = {p.name: p for p in project.parameters}
    assert set(found) == {"DBPassword", "Env"}
    password, env = found["DBPassword"], found["Env"]
    assert password.secret and not env.secret
    assert isinstance(password.default, Literal) and password.default.value == "Secret123"
    text = (tmp_path / name).read_bytes()
    assert text[password.span.start : password.span.end].strip(b"\"'") == b"DBPassword"
    if name.startswith("template"):
        assert env.type == "AWS::SSM::Parameter::Value<String>"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "t.yaml",
            "Mappings:\n  RegionMap:\n    us-east-1: {AMI: ami-1}\nResources:\n  T:\n    Type: AWS::SNS::Topic\n",
        ),
        (
            "t.json",
            '{"Mappings": {"RegionMap": {"us-east-1": {"AMI": "ami-1"}}}, "Resources": {"T": {"Type": "AWS::SNS::Topic"}}}',
        ),
    ],
)
def test_cloudformation_mappings_are_read_by_file_and_name(tmp_path: Path, name: str, text: str) -> None:
    project = project_of(tmp_path, {name: text})
    table = project.mappings[(str(tmp_path / name), "RegionMap")]
    row = table.get("us-east-1")
    assert isinstance(row, MapValue) and isinstance(row.get("AMI"), Literal)
