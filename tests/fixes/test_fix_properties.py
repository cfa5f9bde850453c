"""Property: on generated stacks (any mix of the failures fixes repair, in Pulumi TypeScript, Pulumi
Python and CloudFormation YAML), `fix --unsafe` yields a file that parses, and a second run changes
nothing."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iacreview.cli import main
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from iacreview.reference import CfnLoader

SSE = st.sampled_from(["AES256", "aws:kms", None])
RUNTIMES = st.sampled_from(["nodejs16.x", "nodejs22.x", "python3.8", "python3.12"])
SERVICES = st.lists(st.sampled_from(["ec2", "lambda", "ecs-tasks"]), min_size=1, max_size=2, unique=True)


@st.composite
def stacks(draw: st.DrawFn) -> dict[str, object]:
    return {
        "buckets": draw(st.lists(SSE, min_size=1, max_size=3)),
        "bucket_key": draw(st.booleans()),
        "key": draw(st.sampled_from([None, False, True])),  # no key, key without / with rotation
        "retention": draw(st.booleans()),
        "gated": draw(st.booleans()),
        "services": draw(SERVICES),
        "runtime": draw(RUNTIMES),
        "versioning_v2": draw(st.booleans()),
    }


def cfn_yaml(s: dict[str, object]) -> str:
    lines = ['AWSTemplateFormatVersion: "2010-09-09"', "Parameters:", "  Env:", "    Type: String"]
    lines += ["Conditions:", "  IsProd: !Equals [!Ref Env, prod]", "Resources:"]
    if s["key"] is not None:
        lines += [
            "  Key:",
            "    Type: AWS::KMS::Key",
            "    Properties:",
            f"      EnableKeyRotation: {str(s['key']).lower()}",
        ]
    for i, sse in enumerate(s["buckets"]):  # type: ignore[arg-type]
        lines += [f"  Bucket{i}:", "    Type: AWS::S3::Bucket"]
        if sse is not None:
            lines += [
                "    Properties:",
                "      BucketEncryption:",
                "        ServerSideEncryptionConfiguration:",
            ]
            lines += ["          - ServerSideEncryptionByDefault:", f"              SSEAlgorithm: {sse}"]
            if sse == "aws:kms" and s["key"] is not None:
                lines += ["              KMSMasterKeyID: !GetAtt Key.Arn"]
            if s["bucket_key"]:
                lines += ["            BucketKeyEnabled: true"]
    services = ", ".join(f"{x}.amazonaws.com" for x in s["services"])  # type: ignore[attr-defined]
    lines += ["  Role:", "    Type: AWS::IAM::Role", "    Properties:", "      AssumeRolePolicyDocument:"]
    lines += ['        Version: "2012-10-17"', "        Statement:", "          - Effect: Allow"]
    lines += ["            Action: sts:AssumeRole", f"            Principal: {{Service: [{services}]}}"]
    lines += ["  Fn:", "    Type: AWS::Lambda::Function", "    Properties:", f"      Runtime: {s['runtime']}"]
    lines += ["      Handler: index.handler", "      Role: !GetAtt Role.Arn", "      Code: {ZipFile: x}"]
    lines += ["  Logs:", "    Type: AWS::Logs::LogGroup"]
    if s["gated"]:
        lines += ["    Condition: IsProd"]
    if s["retention"]:
        lines += ["    Properties:", "      RetentionInDays: 30"]
    return "\n".join(lines) + "\n"


def pulumi_ts(s: dict[str, object]) -> str:
    out = ['import * as pulumi from "@pulumi/pulumi";', 'import * as aws from "@pulumi/aws";', ""]
    out += ['const env = new pulumi.Config().get("env") || "dev";']
    if s["key"] is not None:
        out += [f'const key = new aws.kms.Key("key", {{ enableKeyRotation: {str(s["key"]).lower()} }});']
    versioning = "BucketVersioningV2" if s["versioning_v2"] else "BucketVersioning"
    for i, sse in enumerate(s["buckets"]):  # type: ignore[arg-type]
        out += [f'const bucket{i} = new aws.s3.Bucket("bucket{i}", {{}});']
        out += [
            f'new aws.s3.{versioning}("v{i}", {{ bucket: bucket{i}.id, versioningConfiguration: {{ status: "Enabled" }} }});'
        ]
        if sse is not None:
            key = ", kmsMasterKeyId: key.arn" if sse == "aws:kms" and s["key"] is not None else ""
            bucket_key = ", bucketKeyEnabled: true" if s["bucket_key"] else ""
            out += [f'new aws.s3.BucketServerSideEncryptionConfiguration("e{i}", {{']
            out += [f"    bucket: bucket{i}.id,"]
            out += [
                f'    rules: [{{ applyServerSideEncryptionByDefault: {{ sseAlgorithm: "{sse}"{key} }}{bucket_key} }}],'
            ]
            out += ["});"]
    services = ", ".join(f'"{x}.amazonaws.com"' for x in s["services"])  # type: ignore[attr-defined]
    out += ['const role = new aws.iam.Role("role", {']
    out += [
        f'    assumeRolePolicy: JSON.stringify({{ Version: "2012-10-17", Statement: [{{ Effect: "Allow", Action: "sts:AssumeRole", Principal: {{ Service: [{services}] }} }}] }}),'
    ]
    out += ["});"]
    out += [
        f'const fn = new aws.lambda.Function("fn", {{ runtime: "{s["runtime"]}", handler: "index.handler", role: role.arn }});'
    ]
    retention = "{ retentionInDays: 30 }" if s["retention"] else "{}"
    if s["gated"]:
        out += ['if (env === "prod") {', f'    new aws.cloudwatch.LogGroup("logs", {retention});', "}"]
    else:
        out += [f'const logs = new aws.cloudwatch.LogGroup("logs", {retention});']
    out += ["export const functionName = fn.name;"]
    return "\n".join(out) + "\n"


def pulumi_py(s: dict[str, object]) -> str:
    out = ["import json", "", "import pulumi", "import pulumi_aws as aws", ""]
    out += ['env = pulumi.Config().get("env") or "dev"']
    if s["key"] is not None:
        out += [f'key = aws.kms.Key("key", enable_key_rotation={s["key"]})']
    for i, sse in enumerate(s["buckets"]):  # type: ignore[arg-type]
        out += [f'bucket{i} = aws.s3.Bucket("bucket{i}")']
        if sse is not None:
            key = ", kms_master_key_id=key.arn" if sse == "aws:kms" and s["key"] is not None else ""
            bucket_key = ", bucket_key_enabled=True" if s["bucket_key"] else ""
            out += [
                "aws.s3.BucketServerSideEncryptionConfiguration(",
                f'    "e{i}",',
                f"    bucket=bucket{i}.id,",
            ]
            out += ["    rules=[", "        aws.s3.BucketServerSideEncryptionConfigurationRuleArgs("]
            out += [
                "            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs("
            ]
            out += [
                f'                sse_algorithm="{sse}"{key}',
                f"            ){bucket_key},",
                "        )",
                "    ],",
                ")",
            ]
    services = ", ".join(f'"{x}.amazonaws.com"' for x in s["services"])  # type: ignore[attr-defined]
    out += [
        'role = aws.iam.Role("role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": ['
    ]
    out += [
        f'    {{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {{"Service": [{services}]}}}}]}}))'
    ]
    out += [
        f'fn = aws.lambda_.Function("fn", runtime="{s["runtime"]}", handler="index.handler", role=role.arn)'
    ]
    retention = "retention_in_days=30" if s["retention"] else ""
    if s["gated"]:
        out += ['if env == "prod":', f'    aws.cloudwatch.LogGroup("logs", {retention})']
    else:
        out += [f'logs = aws.cloudwatch.LogGroup("logs", {retention})']
    out += ['pulumi.export("function_name", fn.name)']
    return "\n".join(out) + "\n"


RENDER = {"stack.cfn.yaml": cfn_yaml, "stack.pulumi.ts": pulumi_ts, "stack.pulumi.py": pulumi_py}
CATALOGUE = Catalogue.load()


def parses(path: Path) -> bool:
    text = path.read_text()
    if path.suffix == ".yaml":
        yaml.load(text, Loader=CfnLoader)
    elif path.suffix == ".py":
        ast.parse(text)
    result = Scanner(CATALOGUE, Config(), select=["IAC000"]).scan([str(path)])
    return not result.findings


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stack=stacks(), name=st.sampled_from(sorted(RENDER)))
def test_fix_parses_and_is_idempotent(stack: dict[str, object], name: str, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fixprop")
    path = folder / name
    original = RENDER[name](stack)
    path.write_text(original)
    assert parses(path), "the generated stack itself parses"
    main(["fix", "--unsafe", "--isolated", str(path)])
    once = path.read_bytes()
    assert parses(path)
    if "AES256" in original or stack["key"] is False:
        assert once.decode() != original, "the fixable failures were fixed"
    main(["fix", "--unsafe", "--isolated", str(path)])
    assert path.read_bytes() == once
