"""Fixes that would be wrong where they stand are not offered: a bucket a service delivers logs into
keeps its encryption (its key policy would need the service's grants)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner

ACCESS_LOGS_CFN = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  LogsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  DataBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
      LoggingConfiguration:
        DestinationBucketName: !Ref LogsBucket
"""
TRAIL_TS = """\
import * as aws from "@pulumi/aws";

const trailBucket = new aws.s3.Bucket("trail", {
    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
});
const data = new aws.s3.Bucket("data", {
    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
});
new aws.cloudtrail.Trail("trail", { s3BucketName: trailBucket.id });
export const names = [trailBucket.bucket, data.bucket];
"""


@pytest.mark.parametrize(
    ("name", "text", "log_bucket", "other"),
    [("t.yaml", ACCESS_LOGS_CFN, "LogsBucket", "DataBucket"), ("index.ts", TRAIL_TS, "trail", "data")],
    ids=["s3-access-logs", "cloudtrail"],
)
def test_a_log_delivery_bucket_gets_no_kms_fix(
    tmp_path: Path, name: str, text: str, log_bucket: str, other: str
) -> None:
    path = tmp_path / name
    path.write_text(text)
    result = Scanner(Catalogue.load(), Config(), select=["IAC101", "IAC103"]).scan([str(path)])
    fixable = {(f.rule_id, f.message.split("`")[1]): f.fixable for f in result.findings}
    assert fixable[("IAC101", log_bucket)] is False
    assert fixable[("IAC103", log_bucket)] is False
    assert fixable[("IAC101", other)] is True  # the bucket that only holds data is still fixed
