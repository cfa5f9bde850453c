"""Facts about a bucket that may be written on it or on resources attached to it."""

from __future__ import annotations

from iacreview.model import Call, Literal, Project, Resource, Unknown, Value
from iacreview.rulekit.search import attached, find_values

AWS_MANAGED_KEY_PREFIXES = ("alias/aws/", "aws/")


def encryption_configs(project: Project, bucket: Resource) -> list[Resource]:
    """The bucket and its separate encryption-configuration resources."""
    return [bucket, *attached(project, bucket, "aws.s3.bucket_encryption")]


def kms_keys(configs: list[Resource]) -> list[Value]:
    """The key ids a bucket's encryption names (`kmsMasterKeyId`, `KMSMasterKeyID`, CDK `encryptionKey`)."""
    return [v for r in configs for v in find_values(r.props, "kmsMasterKeyId", "kmsKeyId", "encryptionKey")]


def aws_managed(value: Value) -> bool:
    """True when the key is, or in some branch may be, the AWS-managed one (no key, `alias/aws/s3`)."""
    if isinstance(value, Call) and value.func in ("Fn::If", "?:"):
        return any(aws_managed(branch) for branch in value.args[-2:])
    if isinstance(value, Unknown):
        return value.text == "AWS::NoValue"
    if not isinstance(value, Literal):
        return False
    return value.value is None or str(value.value).startswith(AWS_MANAGED_KEY_PREFIXES)
