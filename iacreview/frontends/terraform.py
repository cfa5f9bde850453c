"""Terraform HCL, read with tree-sitter-hcl: every value keeps its position.

All `.tf` units of one project form one module: resources, data sources, locals, variables,
outputs, providers and `module` blocks (components). References (`aws_s3_bucket.b.id`) become
references to the resources they name, `local.x` is resolved, `var.x` stays a value chosen at
plan time, `data.aws_iam_policy_document.x.json` is the document itself, `jsonencode({...})` its
argument. A `count` or `for_each` that is a conditional is the resource's condition.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from iacreview.frontends.base import (
    MAX_DEPTH,
    ProjectBuilder,
    ResourceDraft,
    SourceUnit,
    first_error,
    number,
    recovering_parse,
    report_syntax_error,
)
from iacreview.model import (
    Call,
    Component,
    Condition,
    ListValue,
    Literal,
    MapValue,
    Output,
    Parameter,
    Ref,
    Span,
    Template,
    Unknown,
    Value,
)
from iacreview.model.span import span_from
from iacreview.model.values import Entry, truthy

Node = Any  # tree_sitter.Node
PASS_THROUGH = {"jsonencode", "tomap", "tolist", "toset", "sensitive", "nonsensitive", "try", "coalesce"}
_MODULE_DIR = re.compile(r"(?:^|/)modules/([^/]+)/")


@cache
def _parser() -> Any:
    import tree_sitter
    import tree_sitter_hcl

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_hcl.language()))


def _text(node: Node) -> str:
    return str(node.text.decode("utf-8", "replace"))


def _label(node: Node) -> str:
    return "".join(_text(c) for c in node.named_children if c.type == "template_literal") or _text(
        node
    ).strip('"')


class Module:
    """One Terraform module: the declarations of all its units, then their values."""

    def __init__(self, builder: ProjectBuilder) -> None:
        self.builder = builder
        self.addresses: dict[str, str] = {}  # "aws_s3_bucket.b" -> resource id
        self.locals: dict[str, tuple[SourceUnit, Node]] = {}
        self.data: dict[str, tuple[SourceUnit, Node]] = {}
        self.local_values: dict[str, Value] = {}
        self.resolving: set[str] = set()
        self.blocks: list[tuple[SourceUnit, Node]] = []
        self.depth = 0

    def add(self, unit: SourceUnit) -> None:
        parser = _parser()
        root = parser.parse(unit.text).root_node
        report_syntax_error(self.builder, unit, root)
        if first_error(root, missing=False) is not None:  # read past the error (see recovering_parse)
            root = recovering_parse(unit.text, lambda text: parser.parse(text).root_node)
        body = next((c for c in root.named_children if c.type == "body"), None)
        for block in body.named_children if body is not None else []:
            if block.type != "block":
                continue
            self.blocks.append((unit, block))
            kind, labels, inner = _block_parts(block)
            if kind == "resource" and len(labels) == 2:
                address = f"{_label(labels[0])}.{_label(labels[1])}"
                self.addresses[address] = self.builder.unique_id(f"{unit.display_name}:{address}")
            elif kind == "data" and len(labels) == 2:
                self.data[f"{_label(labels[0])}.{_label(labels[1])}"] = (unit, inner)
            elif kind == "locals" and inner is not None:
                for attribute in inner.named_children:
                    if attribute.type == "attribute":
                        self.locals[_text(attribute.named_children[0])] = (unit, attribute)

    def run(self) -> None:
        for unit, block in self.blocks:
            kind, labels, inner = _block_parts(block)
            reader = Reader(self, unit)
            if kind == "resource" and len(labels) == 2:
                reader.resource(block, labels, inner)
            elif kind == "output" and labels:
                value = reader.body(inner).get("value") if inner is not None else None
                span = unit.span(block.start_byte, block.end_byte)
                self.builder.add_output(
                    Output(
                        _label(labels[0]),
                        value or Unknown(span, ""),
                        unit.span(labels[0].start_byte, labels[0].end_byte),
                    )
                )
            elif kind == "variable" and labels:
                fields = reader.body(inner) if inner is not None else None
                default = fields.get("default") if fields is not None else None
                secret = fields is not None and truthy(fields.get("sensitive")) is True
                span = unit.span(labels[0].start_byte, labels[0].end_byte)
                self.builder.add_parameter(Parameter(_label(labels[0]), span, "terraform", default, secret))
            elif kind == "provider" and labels and _label(labels[0]) == "aws":
                props = reader.body(inner)
                span = unit.span(block.start_byte, block.end_byte)
                rid = self.builder.unique_id(f"{unit.display_name}:provider.aws")
                self.builder.add_resource(
                    ResourceDraft(rid, "terraform", "aws.Provider", "aws", props, span, span)
                )
            elif kind == "module" and labels:
                name = _label(labels[0])
                span = unit.span(labels[0].start_byte, labels[0].end_byte)
                self.builder.add_component(Component(f"module.{name}", name, "module", span, ("<program>",)))
                source = reader.body(inner).get("source") if inner is not None else None
                where = str(source.value) if isinstance(source, Literal) else ""
                if not where.startswith(("./", "../")):  # a registry or remote module: not read here
                    shown = f" ({where})" if where else ""
                    self.builder.note(
                        span,
                        f"module `{name}`{shown} is not analysed: the resources it creates are not reviewed",
                    )
            elif kind == "terraform" and inner is not None:
                reader.required_providers(inner)


class Reader:
    """Values of one unit's expressions."""

    def __init__(self, module: Module, unit: SourceUnit) -> None:
        self.module = module
        self.unit = unit

    def span(self, node: Node) -> Span:
        base = self.unit.base  # SourceUnit.span, without two calls: asked for every node read
        return span_from((self.unit.path, base + node.start_byte, base + node.end_byte))

    def resource(self, block: Node, labels: list[Node], inner: Node | None) -> None:
        tf_type, name = _label(labels[0]), _label(labels[1])
        props = self.body(inner)
        conditions: list[Condition] = []
        for key in ("count", "for_each"):
            guard = _attribute(inner, key)
            if guard is not None:
                condition = self.condition(guard)
                if condition is not None:
                    conditions.append(condition)
        match = _MODULE_DIR.search(self.unit.display_name)
        component = f"module.{match.group(1)}" if match else None
        address = f"{tf_type}.{name}"
        self.module.builder.add_resource(
            ResourceDraft(
                id=self.module.addresses[address],
                framework="terraform",
                native_type=tf_type,
                name=name,
                props=props,
                span=self.span(block),
                type_span=self.span(labels[0]),
                conditions=conditions,
                component=component,
                variable=name,
                logical_path=address,
                written_name=name,
            )
        )

    def condition(self, expression: Node) -> Condition | None:
        node = _unwrap(expression)
        if node.type != "conditional" or len(node.named_children) < 3:
            return None
        test, yes, _ = node.named_children[:3]
        empty = _text(yes).strip() in ("0", "[]", "{}", "toset([])", "null")
        return Condition(" ".join(_text(test).split()), self.span(test), negated=empty)

    def required_providers(self, inner: Node) -> None:
        for block in inner.named_children:
            kind, _, body = _block_parts(block) if block.type == "block" else ("", [], None)
            if kind != "required_providers" or body is None:
                continue
            aws = self.body(body).get("aws")
            version = aws.get("version") if isinstance(aws, MapValue) else None
            if isinstance(version, Literal) and version.value:
                found = re.search(r"\d+(?:\.\d+)*", str(version.value))
                if found:
                    self.module.builder.project.provider_versions["terraform-aws"] = found.group(0)

    def body(self, body: Node | None) -> MapValue:
        if body is None:
            return MapValue(self.unit.span(0, 0), ())
        entries: list[Entry] = []
        blocks: dict[str, list[tuple[Node, MapValue]]] = {}
        for child in body.named_children:
            if child.type == "attribute":
                key = child.named_children[0]
                value = child.named_children[1] if len(child.named_children) > 1 else None
                entries.append(
                    Entry(
                        _text(key),
                        self.span(key),
                        self.expression(value) if value is not None else Unknown(self.span(key), ""),
                    )
                )
            elif child.type == "block":
                kind, labels, inner = _block_parts(child)
                if kind == "dynamic" and labels:
                    kind = _label(labels[0])
                    content = next(
                        (
                            b
                            for b in (inner.named_children if inner is not None else [])
                            if b.type == "block" and _block_parts(b)[0] == "content"
                        ),
                        None,
                    )
                    inner = _block_parts(content)[2] if content is not None else None
                blocks.setdefault(kind, []).append((child, self.body(inner)))
        for kind, found in blocks.items():
            first = found[0][0]
            key_span = self.span(first.named_children[0])
            if len(found) == 1:
                entries.append(Entry(kind, key_span, found[0][1]))
            else:
                entries.append(Entry(kind, key_span, ListValue(self.span(first), tuple(v for _, v in found))))
        return MapValue(self.span(body), tuple(entries))

    def expression(self, node: Node) -> Value:
        self.module.depth += 1
        try:
            if self.module.depth > MAX_DEPTH:
                return Unknown(self.span(node), "...")
            return self._expression(node)
        finally:
            self.module.depth -= 1

    def _expression(self, node: Node) -> Value:
        span = self.span(node)
        children = node.named_children
        if node.type == "expression":
            if len(children) == 1:
                return self.expression(children[0])
            if children and children[0].type == "variable_expr":
                return self.traversal(node, children)
            return Unknown(span, _text(node))
        t = node.type
        if t == "literal_value":
            return self.expression(children[0]) if children else Unknown(span, _text(node))
        if t == "numeric_lit":
            raw = _text(node)
            parsed = number(raw)
            return Literal(span, parsed if parsed is not None else raw)
        if t == "bool_lit":
            return Literal(span, _text(node) == "true")
        if t == "null_lit":
            return Literal(span, None)
        if t == "string_lit":
            return Literal(span, _unescape(_label(node)))
        if t == "template_expr":
            return self.expression(children[0]) if children else Literal(span, "")
        if t in ("quoted_template", "heredoc_template"):
            parts: list[Value] = []
            for child in children:
                if child.type == "template_literal":
                    parts.append(
                        Literal(
                            self.span(child),
                            _unescape(_text(child)) if t == "quoted_template" else _text(child),
                        )
                    )
                elif child.type == "template_interpolation":
                    inner = next((c for c in child.named_children if c.type == "expression"), None)
                    parts.append(
                        self.expression(inner) if inner is not None else Unknown(self.span(child), "")
                    )
            if all(isinstance(p, Literal) for p in parts):
                return Literal(span, "".join(str(p.value) for p in parts))  # type: ignore[attr-defined]
            return Template(span, tuple(parts))
        if t == "collection_value":
            return self.expression(children[0]) if children else Unknown(span, "")
        if t == "tuple":
            return ListValue(span, tuple(self.expression(c) for c in children if c.type == "expression"))
        if t == "object":
            entries = []
            for elem in children:
                if elem.type != "object_elem":
                    continue
                key, value = elem.child_by_field_name("key"), elem.child_by_field_name("val")
                if key is None or value is None:
                    continue
                key_value = self.expression(key)
                name = str(key_value.value) if isinstance(key_value, Literal) else _text(key).strip('"')
                entries.append(Entry(name, self.span(key), self.expression(value)))
            return MapValue(span, tuple(entries))
        if t == "function_call":
            return self.function(node)
        if t == "conditional" and len(children) >= 3:
            return Call(span, "?:", (self.expression(children[1]), self.expression(children[2])))
        if t == "variable_expr":
            return self.traversal(node, [node])
        return Unknown(span, _text(node))

    def traversal(self, node: Node, parts: list[Node]) -> Value:
        """`aws_s3_bucket.b.id`, `local.x`, `var.env`, `data.aws_iam_policy_document.d.json`."""
        span = self.span(node)
        names = [_text(parts[0])] + [
            _text(p.named_children[0]) for p in parts[1:] if p.type == "get_attr" and p.named_children
        ]
        head = names[0]
        if head == "local" and len(names) >= 2:
            return self.local(names[1], span)
        if head == "data" and len(names) >= 3:
            found = self.module.data.get(f"{names[1]}.{names[2]}")
            if found is not None and names[1] == "aws_iam_policy_document":
                unit, inner = found
                return Call(span, "aws.iam.getPolicyDocument", (Reader(self.module, unit).body(inner),))
            return Unknown(span, _text(node))
        if len(names) >= 2 and f"{names[0]}.{names[1]}" in self.module.addresses:
            attr = ".".join(names[2:]) or None
            return Ref(span, self.module.addresses[f"{names[0]}.{names[1]}"], attr)
        return Unknown(span, _text(node))

    def local(self, name: str, span: Span) -> Value:
        if name in self.module.local_values:
            return self.module.local_values[name]
        found = self.module.locals.get(name)
        if found is None or name in self.module.resolving:
            return Unknown(span, f"local.{name}")
        self.module.resolving.add(name)
        try:
            unit, attribute = found
            value_node = attribute.named_children[1] if len(attribute.named_children) > 1 else None
            value = (
                Reader(self.module, unit).expression(value_node)
                if value_node is not None
                else Unknown(span, name)
            )
        finally:
            self.module.resolving.discard(name)
        self.module.local_values[name] = value
        return value

    def function(self, node: Node) -> Value:
        span = self.span(node)
        name_node = node.named_children[0] if node.named_children else None
        name = _text(name_node) if name_node is not None else ""
        arguments = next((c for c in node.named_children if c.type == "function_arguments"), None)
        args = [
            self.expression(c)
            for c in (arguments.named_children if arguments is not None else [])
            if c.type == "expression"
        ]
        if name in PASS_THROUGH and args:
            return args[0]
        maps = [a for a in args if isinstance(a, MapValue)]
        if name == "merge" and args and len(maps) == len(args):
            return MapValue(span, tuple(e for m in maps for e in m.entries))
        lists = [a for a in args if isinstance(a, ListValue)]
        if name == "concat" and args and len(lists) == len(args):
            return ListValue(span, tuple(i for items in lists for i in items.items))
        return Call(span, name, tuple(args))


def _block_parts(block: Node) -> tuple[str, list[Node], Node | None]:
    children = block.named_children
    kind = _text(children[0]) if children else ""
    labels = [c for c in children[1:] if c.type in ("string_lit", "identifier")]
    inner = next((c for c in children if c.type == "body"), None)
    return kind, labels, inner


def _attribute(body: Node | None, name: str) -> Node | None:
    for child in body.named_children if body is not None else []:
        if child.type == "attribute" and child.named_children and _text(child.named_children[0]) == name:
            return child.named_children[1] if len(child.named_children) > 1 else None
    return None


def _unwrap(node: Node) -> Node:
    while node.type in ("expression", "collection_value") and len(node.named_children) == 1:
        node = node.named_children[0]
    return node


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\\\", "\\").replace("\\n", "\n") if "\\" in text else text


def load(units: list[SourceUnit], builder: ProjectBuilder) -> None:
    module = Module(builder)
    for unit in units:
        module.add(unit)
    module.run()
