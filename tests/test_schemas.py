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


def test_cdk_l2_props_include_the_structs_they_extend(tmp_path: Path, catalogue) -> None:
    """`FunctionProps` extends `FunctionOptions` (and that `EventInvokeConfigOptions`, another module's
    struct): their props are accepted; a prop of none of them is not, with the name suggested."""
    path = tmp_path / "stack.ts"
    path.write_text(
        'import * as lambda from "aws-cdk-lib/aws-lambda";\n'
        'new lambda.Function(this, "Fn", {\n'
        '  runtime: lambda.Runtime.NODEJS_20_X, handler: "index.handler", code: lambda.Code.fromInline("x"),\n'
        "  memorySize: 256, retryAttempts: 0, maxEventAge: undefined,\n"
        "  memorySise: 512,\n"
        "});\n"
    )
    found = [message for _, rule, message in scan([path], catalogue) if rule == "IAC010"]
    assert found == [
        "`memorySise` is not an argument of `lambda.Function` (aws-cdk-lib 2); did you mean `memorySize`?"
    ]


def test_cdk_l2_props_the_frontend_derived_are_not_judged(tmp_path: Path, catalogue) -> None:
    """A bucket's `encryption` is read as a `serverSideEncryptionConfiguration`, a role's `assumedBy`
    as a trust policy, `add_to_policy` as a policy resource: none of that is written, none is judged;
    a prop written under the model's name (`versioning`) is."""
    from tests.conftest import project_of

    text = (
        "from aws_cdk import aws_iam as iam, aws_logs as logs, aws_s3 as s3\n"
        's3.Bucket(self, "B", encryption=s3.BucketEncryption.KMS_MANAGED, versioned=True, enforce_ssl=True)\n'
        'role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))\n'
        'role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))\n'
        'logs.LogGroup(self, "L", retention=logs.RetentionDays.ONE_WEEK)\n'
        's3.Bucket(self, "Plain", versioning={"status": "Enabled"})\n'
    )
    project = project_of(tmp_path, {"stack.py": text}, catalogue)
    bucket = next(r for r in project.resources if r.name == "B")
    assert {"serverSideEncryptionConfiguration", "versioning", "policy"} <= bucket.derived
    assert "encryption" not in bucket.derived and "encryption" in bucket.keys
    policy = next(r for r in project.resources if r.native_type == "iam.Policy")
    assert policy.derived == {"policyDocument", "roles"}
    found = [message for _, rule, message in scan([tmp_path / "stack.py"], catalogue) if rule == "IAC010"]
    assert found == ["`versioning` is not an argument of `s3.Bucket` (aws-cdk-lib 2)"]


def test_cdk_schema_generation_follows_jsii_inheritance() -> None:
    """scripts/gen_schemas.py reads a props struct with the structs it extends (another module's
    too), nests a struct-typed member, and leaves a struct inside itself open."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from gen_schemas import struct_shape

    def struct(fqn: str, members: dict[str, dict[str, object]], parents: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
        props = [{"name": k, "type": t} for k, t in members.items()]
        return {"fqn": fqn, "datatype": True, "properties": props, "interfaces": list(parents)}

    string = {"primitive": "string"}
    types = {
        "lib.a.Props": struct("lib.a.Props", {"code": string}, ("lib.a.Options",)),
        "lib.a.Options": struct(
            "lib.a.Options",
            {"rules": {"collection": {"kind": "array", "elementtype": {"fqn": "lib.a.Rule"}}}},
            ("lib.b.Base",),
        ),
        "lib.b.Base": struct(
            "lib.b.Base",
            {
                "retries": {"primitive": "number"},
                "tags": {"collection": {"kind": "map", "elementtype": string}},
            },
        ),
        "lib.a.Rule": struct("lib.a.Rule", {"id": string, "inner": {"fqn": "lib.a.Rule"}}),
    }
    assert struct_shape(types["lib.a.Props"], types, frozenset()) == {
        "code": 0,
        "retries": 0,
        "rules": {"id": 0, "inner": "*"},
        "tags": "*",
    }


@pytest.mark.parametrize(
    ("pin", "found"),
    [(None, ["IAC011"]), ("^21.0.0", ["IAC011"]), ("^19.65.0", ["IAC011"]), ("^18.0.0", [])],
)
def test_cdktf_block_shapes_follow_the_pinned_bindings(
    tmp_path: Path, catalogue, pin: str | None, found: list[str]
) -> None:
    """A lifecycle rule's `expiration` is a list in bindings 19 and 21 (the tables'); older bindings
    are not judged on it."""
    if pin is not None:
        (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"@cdktf/provider-aws": pin}}))
    (tmp_path / "cdktf.json").write_text('{"language": "typescript", "app": "npx ts-node main.ts"}')
    (tmp_path / "main.ts").write_text(
        'import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";\n'
        'new S3BucketLifecycleConfiguration(this, "lc", {\n'
        '  bucket: "b",\n'
        '  rule: [{ id: "x", status: "Enabled", expiration: { days: 90 } }],\n'
        "});\n"
    )
    assert [rule for _, rule, _ in scan([tmp_path / "main.ts"], catalogue) if rule == "IAC011"] == found


def test_terraform_block_list_marker_is_dropped_where_the_majors_disagree() -> None:
    from iacreview.sdkdata import LIST, _union

    assert _union({"a": 0, LIST: 1}, {"a": 0, LIST: 1}) == {"a": 0, LIST: 1}
    assert _union({"a": 0, LIST: 1}, {"a": 0}) == {"a": 0}
