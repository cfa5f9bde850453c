"""The semantic diff behind `compare`: matching by wiring, parts read with their resource, settings
normalised across frameworks."""

from __future__ import annotations

from pathlib import Path

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.compare import merged
from iacreview.engine.diff import area, diff, words
from iacreview.engine.runner import Scanner
from iacreview.model import Project

ROLES_CFN = """\
Resources:
  {first}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{{Effect: Allow, Principal: {{Service: {first_service}}}, Action: sts:AssumeRole}}]
  {second}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{{Effect: Allow, Principal: {{Service: {second_service}}}, Action: sts:AssumeRole}}]
  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: !GetAtt {config_role}.Arn
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: !GetAtt {lambda_role}.Arn
      Code: {{ZipFile: "def handler(e, c): pass"}}
"""

PULUMI_BUCKET = """\
import * as aws from "@pulumi/aws";
const logs = new aws.s3.Bucket("logs", {});
new aws.s3.BucketServerSideEncryptionConfiguration("logs-sse", {
    bucket: logs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});
"""

CFN_BUCKET = """\
Resources:
  LogsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption: {ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}}]}
"""


def project(tmp_path: Path, name: str, text: str, catalogue: Catalogue) -> Project:
    path = tmp_path / name
    path.write_text(text)
    return merged(Scanner(catalogue, keep_projects=True).scan([str(path)]).projects)


def test_roles_are_paired_by_what_uses_them_not_by_order_or_name(tmp_path, catalogue) -> None:
    response = ROLES_CFN.format(
        first="ConfigRole", first_service="config.amazonaws.com", config_role="ConfigRole",
        second="FunctionRole", second_service="ec2.amazonaws.com", lambda_role="FunctionRole",
    )  # fmt: skip
    reference = ROLES_CFN.format(
        first="WorkerRole", first_service="lambda.amazonaws.com", lambda_role="WorkerRole",
        second="RecorderRole", second_service="config.amazonaws.com", config_role="RecorderRole",
    )  # fmt: skip
    result = diff(
        project(tmp_path, "response.cfn.yaml", response, catalogue),
        project(tmp_path, "reference.cfn.yaml", reference, catalogue),
    )
    pairs = {
        p.response.resource.name: p.reference.resource.name
        for p in result.pairs
        if p.response.kind == "aws.iam.role"
    }
    assert pairs == {"ConfigRole": "RecorderRole", "FunctionRole": "WorkerRole"}
    changed = {
        (p.response.resource.name, c.key): (c.response.values if c.response else None, c.reference.values)
        for p in result.pairs
        for c in p.changes
    }
    assert changed == {
        ("FunctionRole", "trustedservices"): (
            frozenset({"ec2.amazonaws.com"}),
            frozenset({"lambda.amazonaws.com"}),
        )
    }
    assert not result.missing and not result.extra


def test_a_bucket_matches_across_frameworks_with_its_encryption_read_as_part_of_it(
    tmp_path, catalogue
) -> None:
    result = diff(
        project(tmp_path, "stack.pulumi.ts", PULUMI_BUCKET, catalogue),
        project(tmp_path, "template.cfn.yaml", CFN_BUCKET, catalogue),
    )
    assert not result.missing and not result.extra  # the encryption resource is part of the bucket
    (pair,) = result.pairs
    assert [p.kind for p in pair.response.parts] == ["aws.s3.bucket_encryption"]
    (change,) = pair.changes
    assert change.key == "ssealgorithm" and not change.stricter
    assert change.response is not None and change.response.values == {"aes256"}
    assert (
        change.reference.path
        == "BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.SSEAlgorithm"
    )


def test_the_stronger_side_is_told_apart(tmp_path, catalogue) -> None:
    result = diff(
        project(tmp_path, "template.cfn.yaml", CFN_BUCKET, catalogue),
        project(tmp_path, "stack.pulumi.ts", PULUMI_BUCKET, catalogue),
    )
    (change,) = result.pairs[0].changes
    assert change.stricter


def test_names_split_into_words_and_kinds_into_areas() -> None:
    assert words("AppDataBucket") == {"app", "data", "bucket"}
    assert words("tap-stack_logs2") == {"logs2"}
    assert area("aws.s3.bucket") == "storage"
    assert area("aws.ec2.security_group") == "network"
    assert area("aws.ec2.launch_template") == "compute"
    assert area("aws.iam.role") == "identity and access"
