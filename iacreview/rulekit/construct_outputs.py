"""Stack outputs for CDK and CDKTF code: `new CfnOutput(this, "DataArn", { value: data.bucketArn })`
or `new TerraformOutput(this, "data_arn", { value: data.arn })`, written right after the statement
that creates the resource (so a resource created under a condition is exported under it too, and
the name is in scope), with the import the output class needs."""

from __future__ import annotations

import keyword
import re

from iacreview.frontends.render import prefers_single_quotes
from iacreview.frontends.source import Source
from iacreview.model import Resource, Span
from iacreview.model.fix import Edit
from iacreview.rulekit.context import RuleContext
from iacreview.rulekit.fixes import PROGRAM_LANGUAGES, code_range, dialect, source

# the ARN attribute of the L2 constructs of IAC501's default kinds; L1 (`Cfn*`) constructs have `attrArn`
CDK_ARN = {
    "aws.s3.bucket": "bucketArn",
    "aws.kms.key": "keyArn",
    "aws.iam.role": "roleArn",
    "aws.cloudwatch.alarm": "alarmArn",
}
# words a TypeScript variable may not be named (a construct id `Delete` cannot become `const delete`)
TS_RESERVED = frozenset(
    [
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "let",
        "static",
        "yield",
        "await",
        "implements",
        "interface",
        "package",
        "private",
        "protected",
        "public",
    ]
)
OUTPUT_CLASS = {
    "cdk": ("CfnOutput", "aws-cdk-lib", "aws_cdk"),
    "cdktf": ("TerraformOutput", "cdktf", "cdktf"),
}


def construct_outputs(ctx: RuleContext, resources: list[Resource]) -> list[Edit] | None:
    """Outputs for the resources written in the file of the first (a fix edits one file); None when
    one of them cannot be exported where it is created."""
    if not resources:
        return None
    first = resources[0]
    src, lang = source(ctx, first.span), dialect(ctx, first.span)
    if src is None or lang not in PROGRAM_LANGUAGES or first.framework not in OUTPUT_CLASS:
        return None
    cls = _output_class(src, first.span.start, lang, first.framework)
    if cls is None:
        return None
    written: set[str] = set()
    edits: list[Edit] = []
    for resource in resources:
        if resource.file != first.file or resource.framework != first.framework:
            continue
        added = _output_after(src, lang, resource, cls[0], written)
        if added is None:
            return None
        edits += added
    return [*cls[1], *edits] if edits else None


def _output_class(src: Source, offset: int, lang: str, framework: str) -> tuple[str, list[Edit]] | None:
    """How the code holding `offset` (the file, or its Markdown block) names the output class, and
    the import to add when it does not."""
    name, ts_module, py_module = OUTPUT_CLASS[framework]
    lo, hi = code_range(src, offset)
    code = src.data[lo:hi].decode("utf-8", "replace")
    if lang == "typescript":
        star = re.search(rf"^import \* as (\w+) from [\"']{re.escape(ts_module)}[\"']", code, re.M)
        if star:
            return f"{star.group(1)}.{name}", []
        if re.search(
            rf"^import \{{[^}}]*\b{name}\b[^}}]*\}} from [\"']{re.escape(ts_module)}[\"']", code, re.M
        ):
            return name, []
        first = re.search(r"^import\s[^\n]*?([\"'])", code, re.M)
        quote = first.group(1) if first else '"'
        line = f"import {{ {name} }} from {quote}{ts_module}{quote};\n"
    else:
        if re.search(rf"^[ \t]+from {py_module} import [^\n]*\b{name}\b", code, re.M):
            return None  # imported inside a function: the name is that function's local there
        aliased = re.search(rf"^import {py_module} as (\w+)\s*$", code, re.M)
        if aliased:
            return f"{aliased.group(1)}.{name}", []
        if re.search(rf"^from {py_module} import [^\n]*\b{name}\b", code, re.M) or re.search(
            rf"^from {py_module} import \([^)]*\b{name}\b", code, re.M
        ):
            return name, []
        first = re.search(r"^(?:import|from)\s", code, re.M)
        line = f"from {py_module} import {name}\n"
    if first is None:
        return None
    at = lo + len(code[: first.start()].encode("utf-8"))
    return name, [Edit(Span(src.path, at, at), line)]


def _output_after(
    src: Source, lang: str, resource: Resource, cls: str, written: set[str]
) -> list[Edit] | None:
    """The output statement after the one that creates `resource`, through the name it is bound to
    (a construct created as a bare statement is bound to a new name first)."""
    kind, _, variable = resource.binding.partition(":")
    line = src.line_start(resource.span.start)
    before = src.text(line, resource.span.start)
    this = "this" if lang == "typescript" else "self"
    edits: list[Edit] = []
    if not kind and not before.strip():  # `new s3.Bucket(this, "Data");`: `const data = new ...`
        free = _free_name(src, resource, lang)
        if free is None:
            return None
        variable = free
        declared = f"const {variable} = " if lang == "typescript" else f"{variable} = "
        edits.append(Edit(Span(src.path, resource.span.start, resource.span.start), declared))
    else:
        holder = (
            rf"{this}\.{variable}"
            if kind == "field"
            else rf"(?:(?:const|let|var)\s+)?{variable}(?:\s*:[^=]+)?"
        )
        if kind not in ("local", "field") or not re.fullmatch(rf"\s*{holder}\s*=\s*", before):
            return None  # not a plain assignment statement
    end = src.line_end(resource.span.end)
    if src.text(resource.span.end, end).strip() not in ("", ";"):
        return None
    attr, scope, output_id = _arn(resource, lang), _scope_argument(src, resource), _output_id(resource)
    taken = re.search(rb"[\"']" + re.escape(output_id.encode()) + rb"[\"']", src.data)
    if attr is None or scope is None or output_id in written or taken:
        return None  # the id is taken: leave the choice to the author
    written.add(output_id)
    quote = "'" if prefers_single_quotes(src.data) else '"'
    value = f"{this + '.' if kind == 'field' else ''}{variable}.{attr}"
    if lang == "typescript":
        statement = f"new {cls}({scope}, {quote}{output_id}{quote}, {{ value: {value} }});"
    else:
        statement = f"{cls}({scope}, {quote}{output_id}{quote}, value={value})"
    return [*edits, Edit(Span(src.path, end, end), f"\n{src.indent_at(line)}{statement}")]


def _free_name(src: Source, resource: Resource, lang: str) -> str | None:
    """A variable name for a construct from its id and kind (`data`, or `dataBucket`/`data_bucket`
    when the code already uses `data`, its id included); None when both are used."""
    words = [w for w in re.split(r"[\W_]+", resource.name) if w]
    if not words or not words[0][:1].isalpha():
        return None
    for candidate in (words, [*words, resource.kind.rsplit(".", 1)[-1]]):
        if lang == "typescript":
            first, *rest = candidate
            name = first[:1].lower() + first[1:] + "".join(w[:1].upper() + w[1:] for w in rest)
        else:
            name = "_".join(re.sub(r"(?<!^)([A-Z])", r"_\1", w).lower() for w in candidate)
        reserved = name in TS_RESERVED if lang == "typescript" else keyword.iskeyword(name)
        if not reserved and not re.search(rb"\b" + name.encode() + rb"\b", src.data):
            return name
    return None


def _output_id(resource: Resource) -> str:
    """`DataBucketArn` for CDK's construct `data-bucket` (CDK ids are PascalCase), `data_bucket_arn`
    for CDKTF (Terraform output names)."""
    words = [w for w in re.split(r"[\W_]+", resource.name) if w]
    if resource.framework == "cdk":
        return "".join(w[:1].upper() + w[1:] for w in words) + "Arn"
    return "_".join([*words, "arn"])


def _arn(resource: Resource, lang: str) -> str | None:
    if resource.framework == "cdktf":
        return "arn"
    name = "attrArn" if resource.native_type.startswith("AWS::") else CDK_ARN.get(resource.kind)
    if name is None:
        return None
    return name if lang == "typescript" else re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def _scope_argument(src: Source, resource: Resource) -> str | None:
    """The scope the resource is created in (its first argument: `this`, `self`, `scope`)."""
    call = src.text(resource.span.start, resource.span.end)
    found = re.search(r"\(\s*(this|self|scope|[a-z]\w*)\s*,", call)
    return found.group(1) if found else None
