"""Facts about a bucket that may be written on it or on resources attached to it."""

from __future__ import annotations

from iacreview.model import Call, Literal, Project, Resource, Unknown, Value
from iacreview.rulekit.search import attached, find_values, references

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


# where a service is told to deliver logs into a bucket: S3 server access logging, CloudTrail, ELB
# and CloudFront access logs (property names as every framework spells them, compared normalised)
LOG_DESTINATIONS = ("targetBucket", "destinationBucketName", "serverAccessLogsBucket", "s3BucketName")
LOG_BLOCKS = ("accessLogs", "loggingConfig", "logging")


# deliveries that accept only SSE-S3 on the target bucket: S3 server access logging and ELB access
# logs (CloudTrail and CloudFront can use a customer-managed key that grants them)
SSE_S3_ONLY_DESTINATIONS = ("targetBucket", "destinationBucketName", "serverAccessLogsBucket")
SSE_S3_ONLY_BLOCKS = ("accessLogs",)


def needs_sse_s3(project: Project, bucket: Resource) -> bool:
    """Whether the bucket receives S3 server access logs or load balancer access logs, which AWS
    delivers only into buckets encrypted with SSE-S3: `AES256` there is right, not a finding."""
    return _receives_logs(project, bucket, SSE_S3_ONLY_DESTINATIONS, SSE_S3_ONLY_BLOCKS)


def log_delivery_target(project: Project, bucket: Resource) -> bool:
    """Whether an AWS service delivers logs into the bucket. Such a bucket cannot simply move to a
    customer-managed key: S3 server access logging needs SSE-S3, and the other services need grants
    in the key policy, so fixes leave its encryption to the author."""
    return _receives_logs(project, bucket, LOG_DESTINATIONS, LOG_BLOCKS)


def _receives_logs(
    project: Project, bucket: Resource, destinations: tuple[str, ...], blocks: tuple[str, ...]
) -> bool:
    """Whether a resource names the bucket in one of `destinations`, or as the `bucket` of a block."""
    for other, _ in project.referrers(bucket):
        direct = find_values(other.props, *destinations)
        nested = [v for block in find_values(other.props, *blocks) for v in find_values(block, "bucket")]
        if any(references(value, bucket) for value in (*direct, *nested)):
            return True
    return False
