from collections.abc import Iterator

from iacreview.model import Key, Resource, Value
from iacreview.model.fix import Fix
from iacreview.rulekit import Finding, RuleContext, cdk, find_entries, literal_strings
from iacreview.rulekit.fixes import (
    Piece,
    add_customer_key,
    construct_reference,
    fix,
    parent_map,
    reference,
    replace_literal,
    set_expression,
)
from iacreview.rulekit.s3 import encryption_configs, log_delivery_target, needs_sse_s3

SSE_S3 = {"AES256", "S3_MANAGED"}
# where a bucket's encryption may be configured inline, in any framework
ENCRYPTION_BLOCKS = (
    "serverSideEncryptionConfiguration",
    "serverSideEncryptionConfigurations",
    "bucketEncryption",
    "encryption",
)
KMS_KEY_ID = Key("kmsMasterKeyId", pascal="KMSMasterKeyID")
ARN = Key("arn")


def check(bucket: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if needs_sse_s3(ctx.project, bucket):
        return  # S3 access logs and load balancer logs are delivered only into SSE-S3 buckets
    configs = encryption_configs(ctx.project, bucket)
    algorithms = [entry for r in configs for entry in find_entries(r.props, "sseAlgorithm")]
    for entry in algorithms:
        # every value the setting may take: a literal, or a branch of `!If` / a ternary
        for text, value in literal_strings(entry.value):
            if text.upper() in SSE_S3:
                owner = next(r for r in configs if any(node is value for node in r.props.walk()))
                yield ctx.finding(
                    value,
                    {"bucket": bucket.name, "algorithm": text},
                    resource=bucket,
                    fix=to_kms(ctx, bucket, owner, value),
                )
    configured = len(configs) > 1 or any(bucket.prop(key) is not None for key in ENCRYPTION_BLOCKS)
    if not algorithms and not configured:
        yield ctx.finding(bucket, {"bucket": bucket.name}, variant="missing")


def to_kms(ctx: RuleContext, bucket: Resource, owner: Resource, value: Value) -> Fix | None:
    """`AES256` -> `aws:kms` with the project's customer-managed key when code here can name one
    (safe); in a project without a key, add the reference stack's key first (unsafe). None for a
    bucket that receives service logs (the key policy would need the service's grants)."""
    sse = parent_map(owner.props, value)
    if sse is None or log_delivery_target(ctx.project, bucket):
        return None
    if owner.native_type == "s3.Bucket":  # CDK: `encryption: BucketEncryption.KMS, encryptionKey: key`
        return cdk_to_kms(ctx, owner, value)
    keys = list(ctx.project.of_kind("aws.kms.key"))
    for key in keys:
        ref = reference(ctx, key, ARN, owner)
        if ref is not None:
            switch = [replace_literal(ctx, value, "aws:kms"), set_expression(ctx, sse, KMS_KEY_ID, ref)]
            return fix("Encrypt with the customer-managed KMS key", "safe", switch)
    added = add_customer_key(ctx, bucket) if not keys and owner.span.file == bucket.span.file else None
    if added is None:
        return None
    key_edits, ref = added
    edits: list[Piece] = [
        *key_edits,
        replace_literal(ctx, value, "aws:kms"),
        set_expression(ctx, sse, KMS_KEY_ID, ref),
    ]
    return fix("Add a customer-managed KMS key and encrypt with it", "unsafe", edits)


def cdk_to_kms(ctx: RuleContext, bucket: Resource, value: Value) -> Fix | None:
    """A CDK Bucket written `encryption: s3.BucketEncryption.S3_MANAGED` (the model's `AES256` stands
    where that is written) switched to the project's key when code here can name it (safe), or to
    a new key created in the bucket's scope when the project has none (unsafe)."""
    if bucket.props.get("encryption") is None:
        return None
    keys = [key for key in ctx.project.of_kind("aws.kms.key") if key.framework == "cdk"]
    name = next((n for key in keys if (n := construct_reference(ctx, key, bucket)) is not None), None)
    if name is not None:
        edits = cdk.encrypt_with_key(ctx, bucket, name)
        return fix("Encrypt with the customer-managed KMS key", "safe", edits) if edits else None
    created = cdk.new_key(ctx, bucket) if not any(ctx.project.of_kind("aws.kms.key")) else None
    encrypt = cdk.encrypt_with_key(ctx, bucket, created[1]) if created is not None else None
    if created is None or encrypt is None:
        return None
    return fix("Add a customer-managed KMS key and encrypt with it", "unsafe", [*created[0], *encrypt])
