"""IAC010 reads the arguments of the provider version the project pins, and never judges what the
schemas do not describe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import scan

EIP = 'import * as aws from "@pulumi/aws";\nexport const ip = new aws.ec2.Eip("ip", { vpc: true });\n'


@pytest.mark.parametrize(("pin", "found"), [("^6.0.0", []), ("^7.0.0", ["IAC010"]), ("^5.40.0", [])])
def test_pulumi_arguments_follow_the_pinned_major(
    tmp_path: Path, catalogue, pin: str, found: list[str]
) -> None:
    """`vpc` of `aws.ec2.Eip` was removed in @pulumi/aws 7 (5 is judged by 6's table)."""
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"@pulumi/aws": pin}}))
    (tmp_path / "Pulumi.yaml").write_text("name: app\nruntime: nodejs\n")
    (tmp_path / "index.ts").write_text(EIP)
    assert [rule for _, rule, _ in scan([tmp_path / "index.ts"], catalogue) if rule == "IAC010"] == found


def test_other_providers_components_and_python_spelling(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "__main__.py"
    path.write_text(
        "import pulumi_aws as aws\nimport pulumi_random as random\n"
        'aws.s3.BucketPolicy("p", bucket="b", policy="{}")\n'  # snake_case of `bucket`, `policy`
        'random.RandomPet("pet", lenght=2)\n'  # not @pulumi/aws: not judged
        'aws.sns.Topic("t", display_name="x", kms_master_key_id="alias/aws/sns", fifo_topic=False)\n'
    )
    assert [rule for _, rule, _ in scan([path], catalogue) if rule == "IAC010"] == []


def test_a_finding_blocks_the_deploy_and_suggests_the_name(tmp_path: Path, catalogue) -> None:
    from iacreview.engine.catalogue import Catalogue
    from iacreview.engine.runner import Scanner

    path = tmp_path / "template.yaml"
    path.write_text(
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Key:\n    Type: AWS::KMS::Key\n'
        "    Properties:\n      EnableKeyRotaton: true\n"
    )
    (finding,) = [f for f in Scanner(Catalogue.load(), select=["IAC010"]).scan([str(path)]).findings]
    assert finding.blocks_deploy and finding.severity == "critical"
    assert finding.message.endswith("did you mean `EnableKeyRotation`?")


TF_EIP = 'resource "aws_eip" "ip" {\n  vpc = true\n}\n'


@pytest.mark.parametrize(
    ("pin", "found"), [("~> 5.0", []), ("~> 6.0", ["IAC010"]), (None, []), ("~> 4.0", [])]
)
def test_terraform_arguments_follow_the_pinned_provider(
    tmp_path: Path, catalogue, pin: str | None, found: list[str]
) -> None:
    """`vpc` of `aws_eip` was removed in hashicorp/aws 6; code that pins no provider is judged by
    5 and 6 together, and 4 (no schema of ours) is not judged."""
    versions = (
        f'terraform {{\n  required_providers {{\n    aws = {{ source = "hashicorp/aws", version = "{pin}" }}\n  }}\n}}\n'
        if pin
        else ""
    )
    (tmp_path / "main.tf").write_text(versions + TF_EIP)
    assert [rule for _, rule, _ in scan([tmp_path / "main.tf"], catalogue) if rule == "IAC010"] == found


def test_terraform_meta_arguments_dynamic_blocks_and_nested_blocks(tmp_path: Path, catalogue) -> None:
    from iacreview.engine.catalogue import Catalogue
    from iacreview.engine.runner import Scanner

    path = tmp_path / "main.tf"
    path.write_text(
        'resource "aws_security_group" "web" {\n'
        "  count       = 1\n"
        "  provider    = aws.east\n"
        '  name        = "web"\n'
        "  depends_on  = [aws_eip.ip]\n"
        "  lifecycle {\n    create_before_destroy = true\n  }\n"
        '  dynamic "ingress" {\n'
        "    for_each = [443]\n"
        "    content {\n      from_port = ingress.value\n      to_port   = ingress.value\n"
        '      protocol  = "tcp"\n      self      = true\n      cidr_block = "10.0.0.0/8"\n    }\n'
        "  }\n"
        "}\n"
    )
    found = [f.message for f in Scanner(Catalogue.load(), select=["IAC010"]).scan([str(path)]).findings]
    assert found == [
        "`ingress.cidr_block` is not an argument of `aws_security_group` (hashicorp/aws 5 and 6);"
        " did you mean `cidr_blocks`?"
    ]


def test_cdktf_arguments_in_typescript_spelling_with_its_renames(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "main.ts"
    path.write_text(
        'import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";\n'
        'import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";\n'
        'new SecurityGroupRule(this, "self", { type: "ingress", fromPort: 0, toPort: 0, protocol: "-1",\n'
        '  securityGroupId: "sg-1", selfAttribute: true });\n'  # CDKTF's name for `self`
        'new SnsTopic(this, "alerts", { name: "alerts", kmsKeyId: "alias/aws/sns" });\n'
    )
    found = [(line, rule) for line, rule, _ in scan([path], catalogue) if rule == "IAC010"]
    assert found == [(5, "IAC010")]


@pytest.mark.parametrize(
    ("memory", "found"),
    [
        (
            "64",
            [
                "`MemorySize` of `AWS::Lambda::Function` is `64`, outside what the CloudFormation resource"
                " schema allows: `128 to 32768`"
            ],
        ),
        ('"512"', []),
        ("!Ref Memory", []),
    ],
)
def test_cloudformation_numbers_are_checked_against_the_schema_bounds(
    tmp_path: Path, catalogue, memory: str, found: list[str]
) -> None:
    """A number outside the schema's bounds is rejected; a numeric string is read as CloudFormation
    reads it; a computed value is not judged."""
    path = tmp_path / "template.yaml"
    path.write_text(
        'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Memory:\n    Type: Number\nResources:\n'
        "  Worker:\n    Type: AWS::Lambda::Function\n    Properties:\n      Handler: index.handler\n"
        "      Runtime: python3.12\n      Role: arn:aws:iam::123456789012:role/worker\n"
        f"      MemorySize: {memory}\n      Code:\n        ZipFile: pass\n"
    )
    assert [m for _, rule, m in scan([path], catalogue) if rule == "IAC011"] == found
