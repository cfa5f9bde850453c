"""Unit tests under Pulumi's mocks: no cloud calls, every registered resource is recorded."""

import json
import sys
from pathlib import Path
from typing import Any

import pulumi

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REGISTERED: list[pulumi.runtime.MockResourceArgs] = []


class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args: pulumi.runtime.MockResourceArgs) -> tuple[str, dict[str, Any]]:
        REGISTERED.append(args)
        return f"{args.name}-id", {**args.inputs, "arn": f"arn:aws:mock:::{args.name}"}

    def call(self, args: pulumi.runtime.MockCallArgs) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        if args.token == "aws:index/getCallerIdentity:getCallerIdentity":
            return {
                "accountId": "123456789012",
                "arn": "arn:aws:iam::123456789012:root",
                "userId": "mock",
            }, []
        return dict(args.args), []


pulumi.runtime.set_mocks(Mocks(), project="app", stack="dev", preview=False)

import infra  # noqa: E402  (the program must be imported after the mocks are set)


def inputs_of(type_token: str) -> dict[str, Any]:
    found = [r.inputs for r in REGISTERED if r.typ == type_token]
    assert found, f"no {type_token} registered"
    return found[0]


@pulumi.runtime.test
def settle() -> Any:
    """Wait until the program has registered every resource (the decorator drains Pulumi's RPCs)."""
    return pulumi.Output.all(infra.storage.bucket.arn, infra.monitoring.error_alarm.arn)


def test_bucket_uses_the_customer_managed_key() -> None:
    settle()
    rule = inputs_of(
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"
    )["rules"][0]
    assert rule["applyServerSideEncryptionByDefault"]["sseAlgorithm"] == "aws:kms"
    assert rule["applyServerSideEncryptionByDefault"]["kmsMasterKeyId"] == "arn:aws:mock:::app-data-key"
    assert rule["bucketKeyEnabled"] is True


def test_key_rotates_and_lets_s3_and_logs_use_it() -> None:
    settle()
    key = inputs_of("aws:kms/key:Key")
    assert key["enableKeyRotation"] is True
    services = json.loads(key["policy"])["Statement"][1]["Principal"]["Service"]
    assert set(services) == {"s3.amazonaws.com", "logs.amazonaws.com"}


def test_role_trusts_the_lambda_service() -> None:
    settle()
    trust = json.loads(inputs_of("aws:iam/role:Role")["assumeRolePolicy"])
    assert "lambda.amazonaws.com" in trust["Statement"][0]["Principal"]["Service"]


def test_monitoring_exists_with_retention_and_encryption() -> None:
    settle()
    group = inputs_of("aws:cloudwatch/logGroup:LogGroup")
    assert group["retentionInDays"] == 30
    assert group["kmsKeyId"] == "arn:aws:mock:::app-data-key"
    assert inputs_of("aws:cloudwatch/metricAlarm:MetricAlarm")["metricName"] == "Errors"
