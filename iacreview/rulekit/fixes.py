"""Fixes as rules state them: set a property, replace a value, add a list item, rename a type, add a
key from the reference stack, add outputs, ungate monitoring. Rendered in the language at the spot;
None when the code is written in a way a fix cannot safely edit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from os.path import dirname

from iacreview import reference as reference_stack
from iacreview.frontends import registry, render
from iacreview.frontends.registry import Language
from iacreview.frontends.source import Source
from iacreview.model import Condition, Key, Literal, MapValue, Output, Resource, Span, Value, norm_key
from iacreview.model.fix import Edit, Fix, Safety
from iacreview.rulekit.context import RuleContext

PROGRAM_LANGUAGES = ("typescript", "python")
# the languages whose stack-level intents (references between resources, a new key, outputs,
# conditions) are written here; other languages get the property-level fixes only
STACK_INTENTS = frozenset({"typescript", "python", "cfn-yaml", "cfn-json", "terraform"})
# the frameworks whose programs the key and output snippets (the reference stack's) are written for
SNIPPET_FRAMEWORKS = ("pulumi", "cloudformation")


_SOURCES: dict[str, Source] = {}  # the last few files' Source: their line index and blocks, built once


def source(ctx: RuleContext, span: Span) -> Source | None:
    data = ctx.project.sources.get(span.file)
    if data is None:
        return None
    cached = _SOURCES.get(span.file)
    if cached is None or cached.data is not data:
        if len(_SOURCES) >= 64:
            _SOURCES.clear()
        cached = _SOURCES[span.file] = Source(span.file, data)
    return cached


def spot(ctx: RuleContext, span: Span) -> Language | None:
    """The language of the code holding `span`, as the project loaded it."""
    language_id = ctx.project.language_at(span)
    return registry.language(language_id) if language_id else None


def dialect(ctx: RuleContext, span: Span) -> str:
    """How code at `span` is written: typescript, python, yaml or json ("" where fixes do not go)."""
    lang = spot(ctx, span)
    return lang.dialect if lang is not None and lang.dialect in render.DIALECTS else ""


def language(ctx: RuleContext, span: Span) -> str:
    """The dialect at `span` where stack-level intents are written for its language, else ""."""
    lang = spot(ctx, span)
    return lang.dialect if lang is not None and lang.id in STACK_INTENTS else ""


def spelled(ctx: RuleContext, span: Span, key: Key) -> str:
    lang = spot(ctx, span)
    return lang.spell(key) if lang is not None else key.camel


Piece = Edit | tuple[Edit, ...] | None  # what an intent renders to: an edit, several, or none


def fix(title: str, safety: Safety | str, edits: Sequence[Piece] | None) -> Fix | None:
    """A fix of these edits; none when an edit could not be built (a partial fix is no fix)."""
    if not edits or any(e is None for e in edits):
        return None
    flat = [e for piece in edits for e in (piece if isinstance(piece, tuple) else (piece,)) if e is not None]
    return Fix(title, Safety(safety), tuple(flat))


def set_property(ctx: RuleContext, mapping: MapValue, key: Key, value: render.Scalar) -> Piece:
    """`key` set to `value` in `mapping`: the value replaced if present, else the entry added, spelled
    as the mapping's language spells it."""
    src = source(ctx, mapping.span)
    lang = dialect(ctx, mapping.span)
    if src is None or not lang:
        return None
    text = render.literal(value, lang)
    entry = mapping.entry(key.camel)
    if entry is not None:
        return render.replace(src, entry.value, text)
    return render.insert_entry(src, mapping, spelled(ctx, mapping.span, key), text, lang)


def set_expression(ctx: RuleContext, mapping: MapValue, key: Key, expression: str) -> Piece:
    """Like set_property, with code rather than a literal (`dataKey.arn`, `!GetAtt DataKey.Arn`)."""
    src = source(ctx, mapping.span)
    lang = dialect(ctx, mapping.span)
    if src is None or not lang:
        return None
    entry = mapping.entry(key.camel)
    if entry is not None:
        return render.replace(src, entry.value, expression)
    return render.insert_entry(src, mapping, spelled(ctx, mapping.span, key), expression, lang)


def set_nested(ctx: RuleContext, mapping: MapValue, outer: Key, inner: Key, value: render.Scalar) -> Piece:
    """`inner` set to `value` in the map `outer` of `mapping` (`metadataOptions.httpTokens`): in the
    map when it is there, else the map added with that one entry (a nested block in HCL)."""
    existing = mapping.get(outer.camel)
    if isinstance(existing, MapValue):
        return set_property(ctx, existing, inner, value)
    if existing is not None:
        return None  # computed
    lang = dialect(ctx, mapping.span)
    key, text = spelled(ctx, mapping.span, inner), render.literal(value, lang) if lang else ""
    if lang == "hcl":
        return _add_block(ctx, mapping, spelled(ctx, mapping.span, outer), f"{key} = {text}")
    written = {
        "python": f'{{"{key}": {text}}}',
        "json": f'{{"{key}": {text}}}',
        "typescript": f"{{ {key}: {text} }}",
        "yaml": f"{{{key}: {text}}}",
    }.get(lang)
    return set_expression(ctx, mapping, outer, written) if written else None


def _add_block(ctx: RuleContext, body: MapValue, name: str, attribute: str) -> Edit | None:
    """A nested HCL block at the end of a block's body, indented as the body's first line."""
    code = source(ctx, body.span)
    if code is None or not body.entries:
        return None
    close = code.data.find(b"}", code.content_end(body.span.end))
    if close == -1 or code.data[code.content_end(body.span.end) : close].strip():
        return None
    indent = code.indent_at(body.entries[0].key_span.start)
    inner = indent + " " * render.indent_unit(code.data)
    lines = [f"{indent}{name} {{", f"{inner}{attribute}", f"{indent}}}"]
    at = code.line_start(close)
    return Edit(Span(body.span.file, at, at), "\n".join(lines) + "\n")


def successor(ctx: RuleContext, value: Value, new: str, framework: str) -> Edit | None:
    """A runtime replaced the way it was written: a string, or the constant the resource's SDK has
    for it (Pulumi's `Runtime.NodeJS22dX`, CDK's `Runtime.NODEJS_22_X`)."""
    src = source(ctx, value.span)
    if src is None:
        return None
    written = src.text(value.span.start, value.span.end)
    if written[:1] in ("'", '"') or dialect(ctx, value.span) in ("yaml", "json", ""):
        return replace_literal(ctx, value, new)
    from iacreview.sdkdata import aws_cdk_lib, pulumi_aws

    prefix, _, _ = written.rpartition(".")
    stem, table = {
        "pulumi": ("aws.lambda.Runtime.", pulumi_aws()["enums"]),
        "cdk": ("lambda.Runtime.", aws_cdk_lib()["constants"]),
    }.get(framework, ("", {}))
    for name, constant in table.items():
        if name.startswith(stem) and constant == new and name.count(".") == stem.count("."):
            return Edit(value.span, f"{prefix}.{name.rsplit('.', 1)[1]}")
    return None


def cdk_constant(ctx: RuleContext, resource: Resource, enum: str, value: object) -> str | None:
    """How code next to a CDK resource names the constant of `enum` that stands for `value`
    (`logs.RetentionDays.ONE_MONTH` for 30), through the module alias its own type is written
    with; None when the enum has no such member or the type is not written `alias.Class`."""
    from iacreview.sdkdata import aws_cdk_lib

    alias = sdk_alias(ctx, resource, parts=2)
    members = [n for n, v in aws_cdk_lib()["constants"].items() if n.startswith(f"{enum}.") and v == value]
    if alias is None or len(members) != 1:
        return None
    return f"{alias}.{members[0].split('.', 1)[1]}"


def replace_literal(ctx: RuleContext, value: Value, new: render.Scalar) -> Edit | None:
    lang = dialect(ctx, value.span)
    if not lang:
        return None
    original = source(ctx, value.span)
    if original is None:
        return None
    text = original.text(value.span.start, value.span.end)
    if isinstance(new, str) and text[:1] == "'":  # keep the quote style
        return Edit(value.span, "'" + new.replace("'", "\\'") + "'")
    return render.replace(original, value, render.literal(new, lang))


def add_service(ctx: RuleContext, policy: Value | None, service: str) -> Edit | None:
    """Add a service principal to a trust policy's first `Principal.Service`."""
    if policy is None:
        return None
    principal = map_with(policy, "Service")
    entry = principal.entry("Service") if principal is not None else None
    if entry is None or principal is None:
        return _add_identifier(ctx, policy, service)
    src = source(ctx, entry.value.span)
    written = src.text(principal.span.start, principal.span.end) if src is not None else ""
    if _CDK_PRINCIPAL.match(written):  # CDK: principals are objects, not a list of names
        return _add_cdk_principal(ctx, principal.span, written, service)
    if src is None:
        return None
    lang = dialect(ctx, entry.value.span)
    if not lang:
        return None
    return render.add_item(src, entry.value, render.literal(service, lang), lang)


def _add_identifier(ctx: RuleContext, policy: Value, service: str) -> Edit | None:
    """A policy document data source (Terraform, CDKTF): `principals { type = "Service",
    identifiers = [...] }` gets the service in its identifiers."""
    for node in policy.walk():
        kind = node.get("type") if isinstance(node, MapValue) else None
        found = node.entry("identifiers") if isinstance(node, MapValue) else None
        if isinstance(kind, Literal) and kind.value == "Service" and found is not None:
            src, lang = source(ctx, found.value.span), dialect(ctx, found.value.span)
            if src is None or not lang:
                return None
            return render.add_item(src, found.value, render.literal(service, lang), lang)
    return None


_CDK_PRINCIPAL = re.compile(r"(new\s+)?((?:[A-Za-z_]\w*\.)?)(ServicePrincipal|CompositePrincipal)\(")


def _add_cdk_principal(ctx: RuleContext, span: Span, written: str, service: str) -> Edit | None:
    """`new iam.ServicePrincipal("a")` -> `new iam.CompositePrincipal(new iam.ServicePrincipal("a"),
    new iam.ServicePrincipal("b"))`; a CompositePrincipal gets one more argument."""
    match = _CDK_PRINCIPAL.match(written)
    lang = dialect(ctx, span)
    if match is None or not written.endswith(")") or lang not in PROGRAM_LANGUAGES:
        return None
    new, module = match.group(1) or "", match.group(2)
    quoted = _quoted_like(written, service)
    added = f"{new}{module}ServicePrincipal({quoted})"
    if match.group(3) == "CompositePrincipal":
        body = written[match.end() : -1].rstrip()
        if not body:
            return None
        return Edit(span, f"{written[: match.end()]}{body.removesuffix(',')}, {added})")
    return Edit(span, f"{new}{module}CompositePrincipal({written}, {added})")


def _quoted_like(code: str, text: str) -> str:
    """`text` as a string literal in the quotes `code` uses."""
    return f"'{text}'" if "'" in code and '"' not in code else json.dumps(text)


def parent_map(root: Value, child: Value) -> MapValue | None:
    """The map whose entry holds `child` (by identity)."""
    for node in root.walk():
        if isinstance(node, MapValue) and any(e.value is child for e in node.entries):
            return node
    return None


def map_with(root: Value, *keys: str) -> MapValue | None:
    """The first map below `root` with an entry named one of `keys`."""
    wanted = {norm_key(k) for k in keys}
    for node in root.walk():
        if isinstance(node, MapValue) and any(norm_key(e.key) in wanted for e in node.entries):
            return node
    return None


def reference(ctx: RuleContext, target: Resource, attr: Key, at: Resource) -> str | None:
    """How code next to `at` refers to an attribute of `target`.

    For example `key.arn`, `this.key.arn`, `!GetAtt Key.Arn`, `${key.arn}` or `aws_kms_key.data.arn`."""
    lang = language(ctx, at.span)
    if lang == "hcl":  # any resource of the same module, by its address (one instance: no count)
        same_module = target.framework == "terraform" and dirname(target.file) == dirname(at.file)
        single = target.prop("count") is None and target.prop("forEach") is None
        return f"{target.logical_path}.{spelled(ctx, at.span, attr)}" if same_module and single else None
    kind, _, name = target.binding.partition(":")
    if kind == "logical":  # a template or YAML program: its language says how
        here = spot(ctx, at.span)
        same = here is not None and spot(ctx, target.span) == here
        return here.refer(name, attr) if same and here is not None and here.refer is not None else None
    holder = construct_reference(ctx, target, at)
    return f"{holder}.{spelled(ctx, at.span, attr)}" if holder is not None else None


def construct_reference(ctx: RuleContext, target: Resource, at: Resource) -> str | None:
    """How program code next to `at` names the object `target` (`key`, `this.key`; CDK passes
    objects, not ARNs); None where it is not in scope or not declared yet."""
    lang = language(ctx, at.span)
    kind, _, name = target.binding.partition(":")
    if lang not in PROGRAM_LANGUAGES or target.span.file != at.span.file:
        return None
    if target.scope == at.scope and target.span.start > at.span.start:
        return None  # declared after the code that would use it (`const` is not hoisted)
    if kind == "local" and target.scope == at.scope:
        return name
    if (
        kind == "field"
        and target.scope.split(".")[0] == at.scope.split(".")[0]
        and not at.scope.startswith("module:")
    ):
        return f"{'this' if lang == 'typescript' else 'self'}.{name}"
    return None


def sdk_alias(ctx: RuleContext, resource: Resource, parts: int = 3) -> str | None:
    """The name the code uses for the SDK module its type is written in: `aws` in `aws.s3.Bucket`
    (Pulumi), `logs` in `logs.LogGroup` (CDK, `parts=2`)."""
    src = source(ctx, resource.type_span)
    if src is None:
        return None
    written = src.text(resource.type_span.start, resource.type_span.end).removeprefix("new ").strip()
    names = written.split(".")
    return names[0] if len(names) == parts and names[0].isidentifier() else None


def rename_type(ctx: RuleContext, resource: Resource, new_type: str) -> list[Edit] | None:
    """`aws.s3.BucketVersioningV2` -> `aws.s3.BucketVersioning`, at the resource and wherever the file
    names the old class (type annotations, `*Args` classes). Pulumi only: CDK and Terraform spell
    their types differently and have no rename table of this shape."""
    src = source(ctx, resource.type_span) if resource.framework == "pulumi" else None
    if src is None:
        return None
    old_class = resource.native_type.rsplit(".", 1)[-1]
    new_class = new_type.rsplit(".", 1)[-1]
    pattern = re.compile(
        rb"(?<=\.)" + re.escape(old_class.encode()) + rb"(?=[A-Z][A-Za-z]*Args\b|[^A-Za-z0-9_])"
    )
    lo, hi = code_range(src, resource.type_span.start)
    edits = []
    for match in pattern.finditer(src.data, lo, hi):
        edits.append(Edit(Span(src.path, match.start(), match.end()), new_class))
    return edits or None


def code_range(src: Source, offset: int) -> tuple[int, int]:
    """The code holding `offset`: the whole file, or its Markdown block (what an edit may touch)."""
    if not src.is_markdown:
        return 0, len(src.data)
    block = src.block_at(offset)
    return (
        (block.unit.base, block.unit.base + len(block.unit.text)) if block is not None else (offset, offset)
    )


def block_end(src: Source, offset: int) -> int | None:
    """Where to append to the code holding `offset`: the end of the file, or of its Markdown block."""
    _, hi = code_range(src, offset)
    return hi if src.is_markdown else None


# --- the reference stack's customer-managed key ---------------------------------------------------
def top_level_start(src: Source, offset: int, lang: str) -> int | None:
    """Start of the module-level statement holding `offset` (the class around a component's bucket),
    so that an added key is a module-level name the stack can export; found by parsing the code, as
    a multi-line string (an instance's user data) has lines at column 0 too. None if it won't parse."""
    lo, hi = code_range(src, offset)
    pos = _statement_start(src.data[lo:hi], offset - lo, lang)
    if pos is None:
        return None
    pos = src.line_start(lo + pos)
    # the comments (a JSDoc, `# ...`) and decorators just above a statement belong to it
    while pos > lo and src.data[src.line_start(pos - 1) : pos].lstrip().startswith(_LEADING):
        pos = src.line_start(pos - 1)
    return pos


_LEADING = (b"@", b"//", b"#", b"/*", b"*")


def _statement_start(code: bytes, offset: int, lang: str) -> int | None:
    """Where the top-level statement of `code` holding `offset` starts (its decorators included)."""
    if lang == "python":
        import ast

        try:
            body = ast.parse(code).body
        except (SyntaxError, ValueError, RecursionError):
            return None
        line = code.count(b"\n", 0, offset) + 1
        for node in body:
            first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
            if first <= line <= (node.end_lineno or node.lineno):
                return sum(len(text) for text in code.splitlines(keepends=True)[: first - 1])
        return None
    from iacreview.frontends.typescript import parse_code

    root = parse_code(code)
    if root.has_error:
        return None
    return next((int(n.start_byte) for n in root.named_children if n.start_byte <= offset < n.end_byte), None)


def add_customer_key(ctx: RuleContext, bucket: Resource) -> tuple[list[Edit], str] | None:
    """Insert the reference stack's key before the file's first bucket (every bucket's fix then
    makes the same edit, applied once).

    Returns the edits and how code next to the bucket names the key's ARN."""
    src = source(ctx, bucket.span)
    if src is None or bucket.framework not in (*SNIPPET_FRAMEWORKS, "terraform"):
        return None
    if bucket.framework == "terraform":
        return _terraform_key(ctx, src, bucket)
    lo, hi = code_range(src, bucket.span.start)
    if bucket.framework == "pulumi" and _key_home(ctx, bucket.kind) != (src.path, lo):
        return None  # one key per program (a second `data-key` is a duplicate URN at deploy)
    if bucket.framework == "pulumi" and _OWN_PROVIDER.search(src.text(bucket.span.start, bucket.span.end)):
        return None  # a bucket with its own provider (region, account): the key must be created there
    memo = ("add_customer_key", src.path, lo)  # the same edits for every bucket of the code
    if memo not in ctx.memo:
        first = ctx.project.first_of_kind(bucket.kind, src.path, lo, hi) or bucket
        ctx.memo[memo] = _customer_key(ctx, src, first, lo, hi)
    result: tuple[list[Edit], str] | None = ctx.memo[memo]
    return result


def _key_home(ctx: RuleContext, kind: str) -> tuple[str, int] | None:
    """The code (file, and Markdown block start) of a Pulumi program that gets its one new key:
    that of the first bucket, in the file the program runs when it has one."""
    memo = ("key_home", kind)
    if memo not in ctx.memo:
        buckets = [b for b in ctx.project.of_kind(kind) if b.framework == "pulumi"]
        entries = ctx.project.entry_points or frozenset()
        first = min(buckets, key=lambda b: (b.file not in entries, b.file, b.span.start), default=None)
        src = source(ctx, first.span) if first is not None else None
        home = (src.path, code_range(src, first.span.start)[0]) if src is not None and first else None
        ctx.memo[memo] = home
    found: tuple[str, int] | None = ctx.memo[memo]
    return found


_OWN_PROVIDER = re.compile(r"\bproviders?\s*[:=]")  # a Pulumi resource option naming its provider(s)
_TAKEN_HCL = re.compile(rb'^resource\s+"aws_kms_key"\s+"data"', re.M)
_CALLER_IDENTITY = re.compile(rb'^data\s+"aws_caller_identity"\s+"current"', re.M)


def _terraform_key(ctx: RuleContext, src: Source, bucket: Resource) -> tuple[list[Edit], str] | None:
    """The reference stack's `aws_kms_key.data` before the first bucket block of the bucket's file,
    with `data.aws_caller_identity.current` unless the module declares it. None when the name is
    taken in the module, or when the bucket has its own provider (another region or account: the
    key must be created there too, which is the author's choice)."""
    if bucket.prop("provider") is not None:
        return None
    memo = ("terraform_key", src.path)
    if memo not in ctx.memo:
        module = module_sources(ctx, src.path)
        first = min(
            (
                b
                for b in ctx.project.of_kind(bucket.kind)
                if b.file == src.path and b.framework == "terraform"
            ),
            key=lambda b: b.span.start,
        )
        start = src.line_start(first.span.start)
        while start > 0 and src.data[src.line_start(start - 1) : start].lstrip().startswith(_LEADING):
            start = src.line_start(start - 1)  # the comments above a block belong to it
        lines = [*reference_stack.terraform_key(), ""]
        if not any(_CALLER_IDENTITY.search(d) for d in module):
            lines = [reference_stack.CALLER_IDENTITY, "", *lines]
        taken = any(_TAKEN_HCL.search(d) for d in module)
        ctx.memo[memo] = (
            None if taken else ([render.insert_lines_before(src, start, lines)], "aws_kms_key.data.arn")
        )
    result: tuple[list[Edit], str] | None = ctx.memo[memo]
    return result


def module_sources(ctx: RuleContext, file: str) -> list[bytes]:
    """The code of the Terraform module (the `.tf` files of the folder) that holds `file`."""
    folder = file.rpartition("/")[0]
    return [d for p, d in ctx.project.sources.items() if p.endswith(".tf") and p.rpartition("/")[0] == folder]


_TAKEN_CFN = re.compile(rb'"DataKey"|\bDataKey:')
_TAKEN_PROGRAM = re.compile(rb"\b(?:dataKey|data_key)\b")  # a whole name: `metadataKey` is another


def _customer_key(
    ctx: RuleContext, src: Source, bucket: Resource, lo: int, hi: int
) -> tuple[list[Edit], str] | None:
    lang = language(ctx, bucket.span)
    code = src.data[lo:hi]  # the file, or the Markdown block, the key would be written in
    if lang in ("yaml", "json") and _TAKEN_CFN.search(code):
        return None  # the name is taken: leave the choice to the author
    if lang == "yaml":
        key_lines = list(reference_stack.cfn_resource_yaml("DataKey"))
        return [render.insert_lines_before(src, bucket.type_span.start, key_lines)], "!GetAtt DataKey.Arn"
    if lang == "json":
        start = src.line_start(bucket.type_span.start)
        indent = src.indent_at(bucket.type_span.start)
        key = render.json_in_layout(reference_stack.cfn_resource("DataKey"), code, indent)
        text = f'{indent}"DataKey": {key},\n'
        return [Edit(Span(src.path, start, start), text)], '{"Fn::GetAtt": ["DataKey", "Arn"]}'
    alias = sdk_alias(ctx, bucket)
    if alias is None or lang not in PROGRAM_LANGUAGES or _TAKEN_PROGRAM.search(code):
        return None
    key_code, modules = reference_stack.pulumi_key(lang)  # the reference stack's own key, lifted out
    written = render.in_style([line.replace("{aws}", alias) for line in key_code], code, lang)
    lines = [*written, ""]
    statement = top_level_start(src, bucket.span.start, lang)
    if statement is None:
        return None
    edits = [render.insert_lines_before(src, statement, lines)]
    for module in modules:
        imported = import_module(src, bucket.span.start, lang, module)
        if imported is None:
            return None
        edits += [imported] if isinstance(imported, Edit) else []
    return edits, "dataKey.arn" if lang == "typescript" else "data_key.arn"


def import_module(src: Source, offset: int, lang: str, module: str) -> Edit | bool | None:
    """True when the code holding `offset` imports `module` (Python `import json`, TypeScript
    `import * as pulumi from "@pulumi/pulumi"`); else the edit that adds the import before its
    first import, in the quotes that import uses (None when it has none to stand beside)."""
    lo, hi = code_range(src, offset)
    code = src.data[lo:hi]
    if lang == "python":
        present = rb"^import " + module.encode() + rb"\s*$"
        first = re.search(rb"^(?:import|from)\s", code, re.M)
        line = f"import {module}\n"
    else:
        present = rb"^import \* as " + module.encode() + rb" from [\"']@pulumi/" + module.encode() + rb"[\"']"
        first = re.search(rb"^import\s[^\n]*?([\"'])", code, re.M)
        quote = first.group(1).decode() if first else '"'
        line = f"import * as {module} from {quote}@pulumi/{module}{quote};\n"
    if re.search(present, code, re.M):
        return True
    if first is None:
        return None
    return Edit(Span(src.path, lo + first.start(), lo + first.start()), line)


# --- outputs ------------------------------------------------------------------------------------
def add_outputs(ctx: RuleContext, resources: list[Resource]) -> list[Edit] | None:
    """Stack outputs for resources: `export const`, `pulumi.export`, CloudFormation `Outputs`, or
    Terraform `output` blocks (in the resource's file: a fix edits the file of its finding)."""
    by_file: dict[str, list[Resource]] = {}
    for resource in resources:
        if resource.framework in (*SNIPPET_FRAMEWORKS, "terraform"):
            by_file.setdefault(resource.span.file, []).append(resource)
    edits: list[Edit] = []
    for items in by_file.values():
        src = source(ctx, items[0].span)
        if src is None:
            continue
        lang = language(ctx, items[0].span)
        lines = []
        for r in items:
            kind, _, name = r.binding.partition(":")
            if lang == "hcl":
                value = _terraform_value(r)
                if value is not None:
                    lines.append((value, r))
                continue
            template_level = lang in ("yaml", "json") and kind == "logical"
            # a resource created under a condition may not exist: a program cannot export it (in
            # TypeScript the name is not even in scope); a template's output carries its Condition
            unconditional = not r.conditions
            if lang in PROGRAM_LANGUAGES and not _runs_as_entry(ctx, r):
                continue  # an export outside the file Pulumi runs is no stack output
            module_level = lang in PROGRAM_LANGUAGES and kind == "local" and r.scope.startswith("module:")
            if template_level or (module_level and unconditional):
                lines.append((name, r))
            elif lang in PROGRAM_LANGUAGES and kind == "field" and unconditional:
                instance = _component_instance(ctx, src, r)
                if instance is not None:
                    lines.append((f"{instance}.{name}", r))
        if not lines:
            continue
        if lang == "python":
            imported = import_module(src, items[0].span.start, "python", "pulumi")  # for pulumi.export
            if imported is None:
                continue
            edits += [imported] if isinstance(imported, Edit) else []
        edit = _outputs_edit(ctx, src, lang, lines)
        if edit is not None:
            edits += edit if isinstance(edit, tuple) else [edit]
    return edits or None


def _last_output(ctx: RuleContext, file: str) -> Output:
    """The output written last in `file` (which has some), where more are appended."""
    memo = ("last_output", file)
    if memo not in ctx.memo:
        ctx.memo[memo] = max(ctx.project.outputs_in(file), key=lambda o: o.value.span.end)
    last: Output = ctx.memo[memo]
    return last


def _camel(dotted: str) -> str:
    """`encryption.key` -> `encryptionKey`: an export name from an attribute path."""
    head, *rest = dotted.split(".")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _component_instance(ctx: RuleContext, src: Source, resource: Resource) -> str | None:
    """The module-level variable holding the one instance of the resource's component class
    (`const encryption = new Encryption(...)`), in the same code, through which the stack can
    export the field."""
    component = ctx.project.component(resource.component)
    if component is None or len(component.instances) != 1:
        return None
    name, at = component.instances[0]
    lo, hi = code_range(src, resource.span.start)
    return name if at.file == src.path and lo <= at.start < hi else None


def _terraform_value(resource: Resource) -> str | None:
    """How an output names the resource's ARN: `aws_s3_bucket.data.arn`, `one(aws_sns_topic.x[*].arn)`
    for one created under a `count` condition; None for other `count` and `for_each` resources."""
    if resource.prop("forEach") is not None:
        return None
    if resource.prop("count") is not None:
        return f"one({resource.logical_path}[*].arn)" if resource.conditions else None
    return f"{resource.logical_path}.arn"


def _outputs_edit(
    ctx: RuleContext, src: Source, lang: str, items: list[tuple[str, Resource]]
) -> render.Edits | None:
    at = block_end(src, items[0][1].span.start)
    if lang == "hcl":
        taken = {o.name for o in ctx.project.outputs}
        blocks = []
        for value, r in items:
            label = r.name.replace("-", "_")
            short, typed = f"{label}_arn", f"{r.native_type.removeprefix('aws_')}_{label}_arn"
            name = next((n for n in (short, typed) if n not in taken), None)
            if name is None:
                return None  # both names are taken: leave the choice to the author
            taken.add(name)
            blocks += ["", f'output "{name}" {{', f"  value = {value}", "}"]
        return render.append_lines(src, blocks, at)
    if lang == "typescript":
        exports = [f"export const {_camel(name)}Arn = {name}.arn;" for name, _ in items]
        return render.append_lines(src, exports, at)
    if lang == "python":
        exports = [f'pulumi.export("{name.replace(".", "_")}_arn", {name}.arn)' for name, _ in items]
        return render.append_lines(src, exports, at)
    written = ctx.project.outputs_in(src.path)
    outputs = written[0] if written else None
    if lang == "yaml":
        entries = [
            f"  {name}Arn:\n"
            + "".join(f"    Condition: {c}\n" for c in _cfn_condition(r).values())
            + f"    Value: !GetAtt {name}.Arn"
            for name, r in items
        ]
        if outputs is None:
            return render.append_lines(src, ["Outputs:", *entries], at)
        last = _last_output(ctx, src.path)
        where = src.line_end(src.content_end(last.value.span.end))
        return Edit(Span(src.path, where, where), "\n" + "\n".join(entries))
    if lang == "json":
        values = {
            f"{name}Arn": {**_cfn_condition(r), "Value": {"Fn::GetAtt": [name, "Arn"]}} for name, r in items
        }
        lo, hi = code_range(src, items[0][1].span.start)
        code = src.data[lo:hi]
        pretty = b"\n" in code.strip()
        if outputs is not None:
            last = _last_output(ctx, src.path)
            at_end = last.value.span.end
            indent = src.indent_at(last.span.start)
            if not pretty:
                rendered = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in values.items())
                return Edit(Span(src.path, at_end, at_end), ", " + rendered)
            entries = [
                f"{indent}{json.dumps(k)}: {render.json_in_layout(v, code, indent)}"
                for k, v in values.items()
            ]
            return Edit(Span(src.path, at_end, at_end), ",\n" + ",\n".join(entries))
        close = src.data.rstrip().rfind(b"}") if at is None else src.data.rfind(b"}", 0, at)
        if close <= 0:
            return None
        if not pretty:
            rendered = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in values.items())
            return Edit(Span(src.path, close, close), f', "Outputs": {{{rendered}}}\n')
        indent = " " * render.indent_unit(code)
        after = src.content_end(close)
        block = render.json_in_layout(values, code, indent)
        return Edit(Span(src.path, after, after), f',\n{indent}"Outputs": {block}')
    return None


def _runs_as_entry(ctx: RuleContext, resource: Resource) -> bool:
    """Whether exports written in the resource's file are stack outputs: the project's entry point
    (Pulumi.yaml `main`, package.json `main`, index.ts, __main__.py), or any file where not known."""
    entries = ctx.project.entry_points
    return entries is None or resource.file in entries


def _cfn_condition(resource: Resource) -> dict[str, str]:
    """`{"Condition": name}` of a template resource's `Condition` (the frontend writes `Name: test`)."""
    if not resource.conditions:
        return {}
    return {"Condition": resource.conditions[0].text.split(":", 1)[0]}


# --- monitoring in every environment ------------------------------------------------------------
def ungate(ctx: RuleContext, condition: Condition, resources: list[Resource]) -> list[Edit] | None:
    """Create monitoring in every environment: drop a CloudFormation `Condition`, or move the
    statements out of the `if` that guards them (keeping whatever else it guards)."""
    src = source(ctx, condition.span)
    if src is None:
        return None
    lang = language(ctx, condition.span)
    edits: list[Edit] = []
    if lang in ("yaml", "json"):
        for resource in resources:
            guard = next((c for c in resource.conditions if c.text == condition.text), None)
            if guard is None:
                return None
            edits.append(_drop_condition(src, lang, guard.span))
        return edits
    if lang == "hcl":
        return _drop_counts(ctx, src, condition, resources)
    if lang not in PROGRAM_LANGUAGES:
        return None
    if condition.negated:
        return _drop_early_return(ctx, src, condition, resources)
    if len(resources) == 1:
        unwrapped = _unwrap_expression(src, condition, resources[0])
        if unwrapped is not None:
            return unwrapped
    if_line = src.line_start(condition.span.start)
    header = src.text(if_line, src.line_end(if_line)).strip()
    if not header.startswith("if") or not header.rstrip().endswith(("{", ":")):
        return None  # not a plain if block
    outer = src.indent_at(if_line)
    moved: list[str] = []
    removed: list[tuple[int, int]] = []
    for resource in sorted(resources, key=lambda r: r.span.start):
        start = src.line_start(resource.span.start)
        end = src.next_line(resource.span.end)
        inner = src.indent_at(start)
        if len(inner) <= len(outer) or start <= if_line:
            return None
        while start > src.next_line(if_line) and src.data[
            src.line_start(start - 1) : start
        ].lstrip().startswith(_LEADING):
            start = src.line_start(start - 1)  # the comments just above a statement move with it
        for line in src.text(start, end).splitlines():
            moved.append(outer + line[len(inner) :] if line.startswith(inner) else line.lstrip())
        removed.append((start, end))
        edits.append(Edit(Span(src.path, start, end), ""))
    emptied = _emptied_block(src, if_line, removed)
    if emptied is not None:  # the `if` guarded only these: its body (comments too) takes its place
        body_end, block_end = emptied
        inner = src.indent_at(removed[0][0])
        body = src.text(src.next_line(if_line), body_end).splitlines()
        text = "".join(f"{outer}{line.removeprefix(inner)}\n" if line.strip() else "\n" for line in body)
        return [Edit(Span(src.path, if_line, block_end), text)]
    return [*edits, Edit(Span(src.path, if_line, if_line), "".join(f"{line}\n" for line in moved))]


def _drop_counts(
    ctx: RuleContext, src: Source, condition: Condition, resources: list[Resource]
) -> list[Edit] | None:
    """Terraform: delete the `count = <condition> ? 1 : 0` lines, so each resource is one instance in
    every environment; none when code indexes an instance (`aws_x.y[0]`) or uses `count.index`."""
    edits = []
    for resource in resources:
        count = resource.props.entry("count")
        if count is None or resource.file != src.path or not _within(condition.span, count.value.span):
            return None
        if b"count.index" in src.data[resource.span.start : resource.span.end] or _indexed(ctx, resource):
            return None
        start = src.line_start(count.key_span.start)
        edits.append(Edit(Span(src.path, start, src.next_line(count.value.span.end)), ""))
    return edits


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _indexed(ctx: RuleContext, resource: Resource) -> bool:
    """Whether code of the resource's module names one of its instances: `aws_x.y[0]`."""
    pattern = re.compile(re.escape(resource.logical_path.encode()) + rb"\s*\[\s*\d")
    folder = dirname(resource.file)
    return any(pattern.search(data) for path, data in ctx.project.sources.items() if dirname(path) == folder)


_AND = re.compile(rb"\s*&&\s*")
_QUESTION = re.compile(rb"\s*\?\s*")
_TS_ELSE_NOTHING = re.compile(rb"\s*:\s*(?:undefined|null)\b")
_PY_IF = re.compile(rb"\s*(?:#[^\n]*\n\s*)*if\s+")
_PY_ELSE_NONE = re.compile(rb"\s+else\s+None\b")


def _unwrap_expression(src: Source, condition: Condition, resource: Resource) -> list[Edit] | None:
    """`cond && new X()`, `cond ? new X() : undefined` and `X() if cond else None` become the bare
    resource: the condition guards nothing else."""
    cond, res = condition.span, resource.span
    if cond.end <= res.start:
        between = src.data[cond.end : res.start]
        if _AND.fullmatch(between):
            return [Edit(Span(src.path, cond.start, res.start), "")]
        after = _TS_ELSE_NOTHING.match(src.data, res.end)
        if _QUESTION.fullmatch(between) and after:
            return [
                Edit(Span(src.path, cond.start, res.start), ""),
                Edit(Span(src.path, res.end, after.end()), ""),
            ]
        return None
    if res.end <= cond.start and _PY_IF.fullmatch(src.data[res.end : cond.start]):
        after = _PY_ELSE_NONE.match(src.data, cond.end)
        if after:
            return [Edit(Span(src.path, res.end, after.end()), "")]
    return None


_RETURN_ONLY = re.compile(rb"return(?:\s+None)?;?")


def _drop_early_return(
    ctx: RuleContext, src: Source, condition: Condition, resources: list[Resource]
) -> list[Edit] | None:
    """`if (stage !== "prod") { return; }` before the monitoring: delete the guard, when everything
    it guards is the monitoring the rule reports."""
    guarded = {r.id for r in ctx.project.resources if condition in r.conditions}
    if not guarded or not guarded <= {r.id for r in resources}:
        return None
    if_line = src.line_start(condition.span.start)
    header = src.data[if_line : src.line_end(if_line)].strip()
    if not header.startswith(b"if"):
        return None
    if header.endswith((b"return;", b"return")):  # `if (x) return;` on one line
        return [Edit(Span(src.path, if_line, src.next_line(if_line)), "")]
    outer = len(src.indent_at(if_line))
    offset = src.next_line(if_line)
    while offset < len(src.data):
        end = src.line_end(offset)
        line = src.data[offset:end]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if stripped and indent <= outer:
            if stripped == b"}":  # TypeScript: the block's closing brace ends the guard
                return [Edit(Span(src.path, if_line, src.next_line(offset)), "")]
            return [Edit(Span(src.path, if_line, offset), "")] if header.endswith(b":") else None
        if stripped and not _RETURN_ONLY.fullmatch(stripped):
            return None  # the block does more than return
        offset = src.next_line(offset)
    return None


def _drop_condition(src: Source, lang: str, span: Span) -> Edit:
    start = src.line_start(span.start)
    end = src.next_line(span.end)
    if lang == "yaml":
        return Edit(Span(src.path, start, end), "")
    if src.text(start, end).strip().startswith('"Condition"'):
        return Edit(Span(src.path, start, end), "")
    return Edit(Span(src.path, start, start), "")  # written inline: left as it is


_COMMENT = ("#", "//", "/*", "*")


def _emptied_block(src: Source, if_line: int, removed: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the body of the `if` block at `if_line` ends and where the block ends (the next line's
    start) when it holds nothing but the `removed` statements, blank lines and comments, and has no
    `else`; None otherwise."""
    python = src.text(if_line, src.line_end(if_line)).rstrip().endswith(":")
    outer = len(src.indent_at(if_line))
    offset = src.next_line(if_line)
    while offset < len(src.data):
        line = src.text(offset, src.line_end(offset))
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= outer:  # the first line after the body
            if python:
                return None if stripped.startswith(("else", "elif")) else (offset, offset)
            following = src.text(src.next_line(offset), len(src.data)).lstrip()
            closed = stripped == "}" and not following.startswith("else")  # TypeScript's closing brace
            return (offset, src.next_line(offset)) if closed else None
        inside = any(lo <= offset < hi for lo, hi in removed)
        if stripped and not stripped.startswith(_COMMENT) and not inside:
            return None
        offset = src.next_line(offset)
    return (len(src.data), len(src.data)) if python else None


__all__ = [
    "Piece",
    "add_customer_key",
    "add_outputs",
    "add_service",
    "cdk_constant",
    "code_range",
    "construct_reference",
    "fix",
    "map_with",
    "parent_map",
    "reference",
    "rename_type",
    "replace_literal",
    "set_expression",
    "set_property",
    "successor",
    "ungate",
]
