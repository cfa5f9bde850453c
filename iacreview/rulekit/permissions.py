"""The Lambda permission a service needs to invoke a function, written next to the resource that
wires the function to the service (IAC405's fix): a Terraform `aws_lambda_permission` block, a
CloudFormation `AWS::Lambda::Permission` resource, a Pulumi `aws.lambda.Permission` before the
caller's statement (a module-level one; not for S3 notifications, which would need a resource
option to wait for it). Always scoped to the caller with `SourceArn`: a
permission for a whole service principal would let that service invoke the function on behalf of
any account. None where the caller's source cannot be named (then there is no fix)."""

from __future__ import annotations

import re

from iacreview.frontends import render
from iacreview.model import Key, Ref, Resource, Span
from iacreview.model.fix import Edit
from iacreview.rulekit.context import RuleContext
from iacreview.rulekit.fixes import (
    PROGRAM_LANGUAGES,
    Piece,
    construct_reference,
    import_module,
    language,
    module_sources,
    reference,
    sdk_alias,
    set_expression,
    source,
    spot,
    top_level_start,
)

ARN, EXECUTION_ARN = Key("arn"), Key("executionArn")
# the properties of a caller that name its source (as each framework spells them), and the ARN kind
_SOURCES: dict[str, tuple[tuple[str, ...], str]] = {
    "aws.events.target": (("rule",), ""),
    "aws.sns.topic_subscription": (("topicArn", "topic"), ""),
    "aws.apigateway.method": (("restApiId", "restApi"), "execute-api"),
    "aws.apigateway.integration": (("restApiId", "restApi"), "execute-api"),
    "aws.apigateway.authorizer": (("restApiId", "restApi"), "execute-api"),
    "aws.apigatewayv2.integration": (("apiId",), "execute-api"),
    "aws.apigatewayv2.authorizer": (("apiId",), "execute-api"),
    "aws.logs.subscription_filter": (("logGroupName", "logGroup"), "log-group"),
    "aws.s3.bucket_notification": (("bucket",), ""),
}


def add_invoke_permission(ctx: RuleContext, caller: Resource, function: Resource, service: str) -> Piece:
    lang = language(ctx, caller.span)
    if lang == "hcl" and caller.framework == "terraform":
        return _terraform(ctx, caller, function, service)
    if lang in ("yaml", "json") and caller.framework == "cloudformation":
        return _template(ctx, caller, function, service, lang)
    if lang in PROGRAM_LANGUAGES and caller.framework == "pulumi":
        return _program(ctx, caller, function, service, lang)
    return None


def _source(ctx: RuleContext, caller: Resource) -> tuple[Resource, str] | None:
    """The resource whose ARN scopes the permission, and the ARN's kind."""
    if caller.kind in ("aws.events.rule", "aws.sns.topic"):  # CloudFormation's inline targets
        return caller, ""
    keys, kind = _SOURCES.get(caller.kind, ((), ""))
    value = next((v for v in map(caller.prop, keys) if v is not None), None)
    refs = [n for n in value.walk() if isinstance(n, Ref)] if value is not None else []
    target = ctx.project.resolve(refs[0]) if len(refs) == 1 else None
    return (target, kind) if target is not None else None


# --- Terraform ---------------------------------------------------------------------------------
def _terraform(ctx: RuleContext, caller: Resource, function: Resource, service: str) -> Piece:
    src, found = source(ctx, caller.span), _source(ctx, caller)
    name = f"{caller.logical_path.rpartition('.')[2]}_{function.logical_path.rpartition('.')[2]}"
    if src is None or found is None or _taken_in_module(ctx, caller, name):
        return None
    if caller.prop("count") is not None or caller.prop("forEach") is not None:
        return None  # one permission per instance: the author's choice of keys
    target, kind = found
    function_name = reference(ctx, function, Key("functionName"), caller)
    arn = reference(ctx, target, EXECUTION_ARN if kind == "execute-api" else ARN, caller)
    if function_name is None or arn is None:
        return None
    source_arn = {"execute-api": f'"${{{arn}}}/*"', "log-group": f'"${{{arn}}}:*"'}.get(kind, arn)
    block = [
        f'resource "aws_lambda_permission" "{name}" {{',
        '  action        = "lambda:InvokeFunction"',
        f"  function_name = {function_name}",
        f'  principal     = "{service}"',
        f"  source_arn    = {source_arn}",
        "}",
    ]
    at = src.line_end(src.content_end(caller.span.end))
    added = Edit(Span(src.path, at, at), "".join(f"\n{line}" if line else "\n" for line in ["", *block]))
    if caller.kind != "aws.s3.bucket_notification":
        return added
    # S3 checks the permission when the notification is set: the notification waits for it
    if caller.prop("dependsOn") is not None:
        return None
    waits = set_expression(ctx, caller.props, Key("dependsOn"), f"[aws_lambda_permission.{name}]")
    if waits is None:
        return None
    return (added, *(waits if isinstance(waits, tuple) else (waits,)))


def _taken_in_module(ctx: RuleContext, caller: Resource, name: str) -> bool:
    taken = re.compile(rb'^resource\s+"aws_lambda_permission"\s+"' + re.escape(name.encode()) + rb'"', re.M)
    return any(taken.search(code) for code in module_sources(ctx, caller.file))


# --- CloudFormation ----------------------------------------------------------------------------
def _template(ctx: RuleContext, caller: Resource, function: Resource, service: str, lang: str) -> Piece:
    src, here, found = source(ctx, caller.span), spot(ctx, caller.span), _source(ctx, caller)
    if src is None or here is None or here.refer is None or found is None:
        return None
    target, kind = found
    logical_id = f"{caller.name}{function.name}Permission"
    if not logical_id.isalnum() or re.search(rb'\b"?' + logical_id.encode() + rb'"?\s*:', src.data):
        return None
    if kind:  # an ARN API Gateway or CloudWatch Logs builds from the API's id or the group's name
        pattern = {
            "execute-api": "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${%s}/*",
            "log-group": "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${%s}:*",
        }[kind] % target.name
        source_arn = f'!Sub "{pattern}"' if lang == "yaml" else f'{{"Fn::Sub": "{pattern}"}}'
    elif target.kind == "aws.sns.topic":
        source_arn = here.refer(target.name, Key("ref", "Ref"))  # a topic's Ref is its ARN
    else:
        source_arn = here.refer(target.name, ARN)
    function_arn = here.refer(function.name, ARN)
    properties = [
        ("Action", '"lambda:InvokeFunction"' if lang == "json" else "lambda:InvokeFunction"),
        ("FunctionName", function_arn),
        ("Principal", f'"{service}"' if lang == "json" else service),
        ("SourceArn", source_arn),
    ]
    if lang == "yaml":
        unit = " " * render.indent_unit(src.data)
        lines = [f"{logical_id}:", f"{unit}Type: AWS::Lambda::Permission", f"{unit}Properties:"]
        lines += [f"{unit}{unit}{key}: {value}" for key, value in properties]
        return render.insert_lines_before(src, caller.type_span.start, lines)
    indent = src.indent_at(caller.type_span.start)
    fields = ", ".join(f'"{key}": {value}' for key, value in properties)
    text = f'{indent}"{logical_id}": {{"Type": "AWS::Lambda::Permission", "Properties": {{{fields}}}}},\n'
    at = src.line_start(caller.type_span.start)
    return Edit(Span(src.path, at, at), text)


# --- Pulumi programs ---------------------------------------------------------------------------
def _program(ctx: RuleContext, caller: Resource, function: Resource, service: str, lang: str) -> Piece:
    src, found, alias = source(ctx, caller.span), _source(ctx, caller), sdk_alias(ctx, caller)
    name = f"{caller.name}-{function.name}-invoke"
    if src is None or found is None or alias is None or caller.kind == "aws.s3.bucket_notification":
        return None
    if not caller.scope.startswith("module:") or not re.fullmatch(r"[\w.-]+", name):
        return None  # inside a class or function, or a computed name
    if f'"{name}"'.encode() in src.data or f"'{name}'".encode() in src.data:
        return None  # taken
    target, kind = found
    holder, owner = construct_reference(ctx, function, caller), construct_reference(ctx, target, caller)
    start = top_level_start(src, caller.span.start, lang)
    if holder is None or owner is None or start is None:
        return None
    python = lang == "python"
    arn = (
        f"{owner}.{'execution_arn' if python else 'executionArn'}"
        if kind == "execute-api"
        else f"{owner}.arn"
    )
    suffix = {"execute-api": "/*", "log-group": ":*"}.get(kind, "")
    edits: list[Edit] = []
    if suffix and python:
        arn = f'{arn}.apply(lambda arn: f"{{arn}}{suffix}")'
    elif suffix:
        imported = import_module(src, caller.span.start, lang, "pulumi")
        if imported is None:
            return None
        edits += [imported] if isinstance(imported, Edit) else []
        arn = f"pulumi.interpolate`${{{arn}}}{suffix}`"
    quote = "'" if render.prefers_single_quotes(src.data) else '"'
    if python:
        lines = [
            f"{alias}.lambda_.Permission(",
            f"    {quote}{name}{quote},",
            f"    action={quote}lambda:InvokeFunction{quote},",
            f"    function={holder}.name,",
            f"    principal={quote}{service}{quote},",
            f"    source_arn={arn},",
            ")",
        ]
    else:
        unit = " " * render.indent_unit(src.data)
        lines = [
            f"new {alias}.lambda.Permission({quote}{name}{quote}, {{",
            f"{unit}action: {quote}lambda:InvokeFunction{quote},",
            f"{unit}function: {holder}.name,",
            f"{unit}principal: {quote}{service}{quote},",
            f"{unit}sourceArn: {arn},",
            "});",
        ]
    return (*edits, render.insert_lines_before(src, start, lines))
