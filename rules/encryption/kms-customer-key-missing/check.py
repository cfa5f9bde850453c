from collections.abc import Iterator

from iacreview.model import Key, Literal, Project, Resource
from iacreview.model.fix import Fix
from iacreview.rulekit import Finding, RuleContext, cdk, find_entries, find_values, literal_strings
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
from iacreview.rulekit.s3 import aws_managed, encryption_configs, kms_keys, log_delivery_target

KMS_KEY_ID = Key("kmsMasterKeyId", pascal="KMSMasterKeyID")
ARN = Key("arn")


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    has_customer_key = any(project.of_kind("aws.kms.key"))
    for bucket in project.of_kind("aws.s3.bucket"):
        configs = encryption_configs(project, bucket)
        keys = kms_keys(configs)
        named = [v for v in keys if not aws_managed(v)]
        if not has_customer_key:
            if not named:  # a key from outside the project (parameter, literal ARN) is customer-managed
                yield ctx.finding(bucket, {"bucket": bucket.name}, fix=new_key(ctx, bucket, configs))
            continue
        for entry in (e for r in configs for e in find_entries(r.props, "sseAlgorithm")):
            algorithm = entry.value
            if isinstance(algorithm, Literal) and str(algorithm.value).startswith("aws:kms") and not named:
                shown = next((str(v.value) for v in keys if isinstance(v, Literal)), "no key id")
                args = {"bucket": bucket.name, "key": shown}
                owner = next(r for r in configs if any(n is algorithm for n in r.props.walk()))
                yield ctx.finding(
                    algorithm,
                    args,
                    resource=bucket,
                    variant="aws_managed",
                    fix=use_key(ctx, owner, algorithm),
                )


def new_key(ctx: RuleContext, bucket: Resource, configs: list[Resource]) -> Fix | None:
    """Add the reference stack's key beside the bucket and encrypt the bucket with it (changes behaviour)."""
    if log_delivery_target(ctx.project, bucket):
        return None  # the key policy would need the log-delivering service's grants
    if bucket.framework == "cdk":  # a Key construct in the bucket's scope, passed as encryptionKey
        created = cdk.new_key(ctx, bucket)
        encrypt = cdk.encrypt_with_key(ctx, bucket, created[1]) if created is not None else None
        if created is None or encrypt is None:
            return None
        return fix(
            "Add a customer-managed KMS key and encrypt the bucket with it", "unsafe", [*created[0], *encrypt]
        )
    if not any(find_values(c.props, "sseAlgorithm") for c in configs):
        return None  # no encryption setting to point at the key: a key nothing uses fixes nothing
    if bucket.framework == "cdktf":  # a KmsKey construct in the bucket's scope
        created = cdk.new_key(ctx, bucket)
        added = (created[0], f"{created[1]}.arn") if created is not None else None
    else:
        added = add_customer_key(ctx, bucket)
    if added is None:
        return None
    key_edits, ref = added
    edits: list[Piece] = [*key_edits]
    for config in configs:
        for entry in find_entries(config.props, "sseAlgorithm"):
            sse = parent_map(config.props, entry.value)
            if sse is None or config.scope != bucket.scope or config.span.file != bucket.span.file:
                return None
            for text, value in literal_strings(entry.value):
                if text.upper() == "AES256":
                    edits.append(replace_literal(ctx, value, "aws:kms"))
            edits.append(set_expression(ctx, sse, KMS_KEY_ID, ref))
    return fix("Add a customer-managed KMS key and encrypt the bucket with it", "unsafe", edits)


def use_key(ctx: RuleContext, owner: Resource, algorithm: Literal) -> Fix | None:
    if owner.framework == "cdk":  # `KMS_MANAGED` -> `KMS` with `encryptionKey` the project's key
        keys = (construct_reference(ctx, key, owner) for key in ctx.project.of_kind("aws.kms.key"))
        name = next((n for n in keys if n is not None), None)
        edits = cdk.encrypt_with_key(ctx, owner, name) if name is not None else None
        return fix("Encrypt with the customer-managed KMS key", "safe", edits) if edits else None
    sse = parent_map(owner.props, algorithm)
    for key in ctx.project.of_kind("aws.kms.key"):
        ref = reference(ctx, key, ARN, owner)
        if ref is not None and sse is not None:
            return fix(
                "Encrypt with the customer-managed KMS key",
                "safe",
                [set_expression(ctx, sse, KMS_KEY_ID, ref)],
            )
    return None
