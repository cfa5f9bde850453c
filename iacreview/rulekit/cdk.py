"""Fixes in the construct frameworks' terms. AWS CDK passes construct objects where other frameworks
pass ARNs and names settings by enum constants (`s3.BucketEncryption.KMS`), so a bucket is encrypted
with a key by two properties of its own. In CDK and CDKTF alike a new key is a construct created in
the bucket's own scope, just before the bucket's statement."""

from __future__ import annotations

import re

from iacreview.frontends import render
from iacreview.frontends.source import Source
from iacreview.model import Key, Resource, Span
from iacreview.model.fix import Edit
from iacreview.model.values import snake_case
from iacreview.rulekit.context import RuleContext
from iacreview.rulekit.fixes import Piece, cdk_constant, code_range, language, set_expression, source

RETENTION = Key("retention")
ENCRYPTION = Key("encryption")
ENCRYPTION_KEY = Key("encryptionKey")

# what may stand before the bucket on its statement's first line: nothing, or a simple binding
_BINDING = re.compile(
    r"^\s*(?:(?:export\s+)?(?:const|let|var)\s+\w+\s*(?::\s*[\w.]+\s*)?=\s*|(?:this|self)\.\w+\s*(?::\s*[\w.]+\s*)?=\s*|\w+\s*=\s*)?(?:new\s+)?$"
)
_SCOPE = re.compile(r"\(\s*(this|self|[A-Za-z_]\w*)\s*,")
_TS_IMPORT = re.compile(r"""^import\s+\*\s+as\s+(\w+)\s+from\s+(["'])aws-cdk-lib/aws-kms\2""", re.M)
_TS_KMS_KEY = re.compile(r"""^import\s*\{[^}]*\bKmsKey\b[^}]*\}\s*from\s*["'][^"']*kms-key["']""", re.M)
_PY_KMS_KEY = re.compile(r"^from\s+[\w.]*kms_key\s+import\s+[^\n]*\bKmsKey\b", re.M)
_NAMED_IMPORT = re.compile(r"\baws_kms\s+as\s+(\w+)")
_TS_S3_IMPORT = re.compile(
    r"""^import\s+(?:\*\s+as\s+\w+|\{[^}]*\baws_s3\b[^}]*\})\s+from\s+(["'])aws-cdk-lib(/aws-s3)?\1""", re.M
)
_PY_S3_IMPORT = re.compile(r"^from\s+aws_cdk\s+import\s", re.M)


def encrypt_with_key(ctx: RuleContext, bucket: Resource, key: str) -> list[Piece] | None:
    """`encryption: s3.BucketEncryption.KMS, encryptionKey: <key>` on a CDK Bucket (the constant
    through the alias the bucket's own type is written with)."""
    constant = cdk_constant(ctx, bucket, "s3.BucketEncryption", "KMS")
    if constant is None or not bucket.props.entries:
        return None  # two entries inserted into an empty `{}` at one point would run together
    return [
        set_expression(ctx, bucket.props, ENCRYPTION, constant),
        set_expression(ctx, bucket.props, ENCRYPTION_KEY, key),
    ]


def log_retention(ctx: RuleContext, group: Resource, days: int) -> Piece:
    """`retention: logs.RetentionDays.ONE_MONTH` on a CDK LogGroup: CDK takes its enum, not a number."""
    constant = cdk_constant(ctx, group, "logs.RetentionDays", days)
    return set_expression(ctx, group.props, RETENTION, constant) if constant else None


def new_key(ctx: RuleContext, bucket: Resource) -> tuple[list[Edit], str] | None:
    """A key created in the bucket's scope, just before the bucket's statement (once per scope: every
    bucket there names it), with the `aws_kms` module imported as the file imports `aws_s3`.
    Returns the edits and the key's name; None where the bucket is not a statement of its own (an
    argument, a branch), its scope argument is not a name, or the names are taken."""
    src = source(ctx, bucket.span)
    lang = language(ctx, bucket.span)
    if src is None or lang not in ("typescript", "python"):
        return None
    memo = ("cdk_new_key", bucket.file, bucket.scope)
    if memo not in ctx.memo:
        first = min(
            (
                b
                for b in ctx.project.of_kind(bucket.kind)
                if b.file == bucket.file and b.scope == bucket.scope
            ),
            key=lambda b: b.span.start,
        )
        ctx.memo[memo] = _key_statement(src, first, lang)
    found: tuple[list[Edit], str] | None = ctx.memo[memo]
    return found


def _key_statement(src: Source, bucket: Resource, lang: str) -> tuple[list[Edit], str] | None:
    lo, hi = code_range(src, bucket.span.start)
    code = src.text(lo, hi)
    name = "dataKey" if lang == "typescript" else "data_key"
    if re.search(rf"\b{name}\b|[\"'](?:DataKey|data-key)[\"']", code):
        return None
    line = src.line_start(bucket.type_span.start)
    if not _BINDING.match(src.text(line, bucket.type_span.start)):
        return None
    scope = _SCOPE.match(src.text(bucket.type_span.end, bucket.span.end))
    cdktf = bucket.framework == "cdktf"
    imported = _kms_key_import(src, lo, code, lang, bucket) if cdktf else _kms_import(src, lo, code, lang)
    if scope is None or imported is None:
        return None
    cls, import_edits = imported
    quote = "'" if lang == "typescript" and render.prefers_single_quotes(code.encode()) else '"'
    construct_id = "data-key" if cdktf else "DataKey"
    construct = f"{cls}({scope.group(1)}, {quote}{construct_id}{quote}"
    if lang == "typescript":
        statement = f"const {name} = new {construct}, {{ enableKeyRotation: true }});"
    else:
        statement = f"{name} = {construct}, enable_key_rotation=True)"
    start = line
    while start > lo and src.text(src.line_start(start - 1), start).lstrip().startswith(
        ("//", "#", "/*", "*", "@")
    ):
        start = src.line_start(start - 1)  # the comments above the bucket's statement stay with it
    return [*import_edits, render.insert_lines_before(src, start, [statement])], name


def _kms_import(src: Source, lo: int, code: str, lang: str) -> tuple[str, list[Edit]] | None:
    """CDK: the Key class through the alias the code imports `aws_kms` under (`kms.Key`), and the
    import to add when it has none (beside the `aws_s3` import, in its style); None when neither
    can be done."""
    present = (_TS_IMPORT.search(code) if lang == "typescript" else None) or _NAMED_IMPORT.search(code)
    if present is not None:
        return f"{present.group(1)}.Key", []
    if re.search(r"\bkms\b", code):
        return None  # the name `kms` means something else here
    if lang == "typescript":
        s3 = _TS_S3_IMPORT.search(code)
        if s3 is None:
            return None
        quote, deep = s3.group(1), s3.group(2)
        text = (
            f"import * as kms from {quote}aws-cdk-lib/aws-kms{quote};\n"
            if deep
            else f"import {{ aws_kms as kms }} from {quote}aws-cdk-lib{quote};\n"
        )
        at = s3.start()
    else:
        s3_py = _PY_S3_IMPORT.search(code)
        if s3_py is None:
            return None
        text, at = "from aws_cdk import aws_kms as kms\n", s3_py.start()
    offset = lo + len(code[:at].encode())  # `at` counts characters, spans count bytes
    return "kms.Key", [Edit(Span(src.path, offset, offset), text)]


def _kms_key_import(
    src: Source, lo: int, code: str, lang: str, bucket: Resource
) -> tuple[str, list[Edit]] | None:
    """CDKTF: `KmsKey`, imported from the provider bindings the bucket's class comes from, the way
    that class is imported (`import { S3Bucket } from ".../s3-bucket"`, `from imports.aws.s3_bucket
    import S3Bucket`); None for another import style or where `KmsKey` means something else."""
    written = src.text(bucket.type_span.start, bucket.type_span.end).removeprefix("new ").strip()
    if re.search(r"\bKmsKey\b", code):  # already imported (or another thing of that name)
        present = _TS_KMS_KEY.search(code) if lang == "typescript" else _PY_KMS_KEY.search(code)
        return ("KmsKey", []) if present is not None else None
    # the class's own module, `s3-bucket` / `s3_bucket` for `S3Bucket`, beside which `kms-key` lives
    module = snake_case(written).replace("_", "-")
    if lang == "typescript":
        name, path = re.escape(written), re.escape(module)
        found = re.search(
            rf"""^import\s*\{{[^}}]*\b{name}\b[^}}]*\}}\s*from\s*(["'])(.*/){path}\1""", code, re.M
        )
        if found is None:
            return None
        quote, base = found.group(1), found.group(2)
        text = f"import {{ KmsKey }} from {quote}{base}kms-key{quote};\n"
    else:
        name, path = re.escape(written), re.escape(module.replace("-", "_"))
        found = re.search(rf"^from\s+([\w.]+\.){path}\s+import\s+[^\n]*\b{name}\b", code, re.M)
        if found is None:
            return None
        text = f"from {found.group(1)}kms_key import KmsKey\n"
    offset = lo + len(code[: found.start()].encode())
    return "KmsKey", [Edit(Span(src.path, offset, offset), text)]
