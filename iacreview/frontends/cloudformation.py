"""CloudFormation and SAM templates, YAML and JSON.

Both are read as YAML nodes (libyaml's C composer where present): nodes keep their positions and
intrinsic tags, and no object is ever constructed from a tag. Aliases are shared, never expanded.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

import yaml

from iacreview.frontends.base import (
    MAX_DEPTH,
    MAX_RECOVERIES,
    FrontendError,
    NotIaC,
    ProjectBuilder,
    ResourceDraft,
    SourceUnit,
    blank_line_at,
    yaml_scalar,
)
from iacreview.model import (
    Call,
    Component,
    Condition,
    Key,
    ListValue,
    Literal,
    MapValue,
    Output,
    Parameter,
    Ref,
    Span,
    Suppression,
    Template,
    Unknown,
    Value,
)
from iacreview.model.span import span_from
from iacreview.model.values import Entry, entry_from

Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ScalarNode, MappingNode, SequenceNode = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MAX_EXPANDED_NODES = 2_000_000  # an alias bomb expands past this; a real template never does

INTRINSICS = {
    "Ref",
    "Condition",
    "Fn::GetAtt",
    "Fn::Sub",
    "Fn::Join",
    "Fn::If",
    "Fn::Equals",
    "Fn::Not",
    "Fn::And",
    "Fn::Or",
    "Fn::Select",
    "Fn::Split",
    "Fn::FindInMap",
    "Fn::GetAZs",
    "Fn::ImportValue",
    "Fn::Base64",
    "Fn::Cidr",
    "Fn::Transform",
    "Fn::Length",
    "Fn::ToJsonString",
}
_SUB_VAR = re.compile(r"\$\{(?!!)([^}]+)\}")
# a YAML alias (`*name` starting a value): only aliases share nodes, and only shared nodes can bomb
_ALIAS = re.compile(rb"(?:^|[\s\[{,])\*[A-Za-z0-9_.-]", re.MULTILINE)


def looks_like_template(text: bytes) -> bool:
    head = text[:200_000]
    return b"AWSTemplateFormatVersion" in head or (b"Resources" in head and b"AWS::" in head)


def compose(unit: SourceUnit, is_json: bool, builder: ProjectBuilder | None = None) -> yaml.Node | None:
    text = unit.text.decode("utf-8-sig")
    if is_json:
        try:
            json.loads(text)
        except RecursionError as exc:
            raise FrontendError("nesting too deep to read", unit.span(0, 1)) from exc
        except json.JSONDecodeError as exc:
            error = FrontendError(
                f"invalid JSON: {exc.msg}",
                unit.span_at(exc.lineno - 1, exc.colno - 1, exc.lineno - 1, exc.colno),
            )
            lenient = without_comments(text)
            try:
                json.loads(lenient)
            except json.JSONDecodeError:
                raise error from exc
            if builder is None:
                raise error from exc
            builder.problem(error.span, error.message)  # reported, and the rest is still reviewed
            text = lenient
        # YAML forbids tabs where JSON allows them; the same length keeps positions
        text = text.replace("\t", " ")
    first: FrontendError | None = None
    for _ in range(MAX_RECOVERIES + 1):
        try:
            node: yaml.Node | None = yaml.compose(text, Loader=Loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line, mark.column) if mark else (0, 0)
            message = f"invalid YAML: {exc.problem or exc.context}"
            error = FrontendError(message, unit.span_at(line, col, line, col + 1))
            # a line of prose in a generated template: report it, blank it (same length), read on
            blanked = blank_line_at(text, line) if builder is not None else None
            if blanked is None:
                raise (first or error) from exc
            first, text = first or error, blanked
            continue
        except yaml.YAMLError as exc:
            raise first or FrontendError(f"invalid YAML: {exc}", unit.span(0, 1)) from exc
        except RecursionError as exc:
            raise FrontendError("nesting too deep to read", unit.span(0, 1)) from exc
        if first is not None and builder is not None:
            builder.problem(first.span, first.message)
        return node
    raise first or FrontendError("invalid YAML", unit.span(0, 1))


class TemplateReader:
    def __init__(self, unit: SourceUnit, builder: ProjectBuilder) -> None:
        self.unit = unit
        self.builder = builder
        self.resource_ids: dict[str, str] = {}
        self.parameters: set[str] = set()
        self.conditions: dict[str, yaml.Node] = {}
        # by node identity; the node is kept with its value, so that its id is never reused for
        # another (the argument nodes of short-form intrinsics are made while reading)
        self.memo: dict[int, tuple[yaml.Node, Value]] = {}
        self.shared = True  # until read() knows whether the template has aliases
        self.sizes: dict[int, int] = {}
        # libyaml's marks count characters from after a BOM; spans are byte offsets of the file
        bom = 3 if unit.text.startswith(b"\xef\xbb\xbf") else 0
        self.path = unit.path
        self.offset = unit.base + bom
        self.ascii = unit.text[bom:].isascii()
        self.wide: list[int] = []  # character indices of the non-ASCII characters ...
        self.extra: list[int] = [0]  # ... and how many bytes more than characters precede each
        if not self.ascii:
            for match in _NON_ASCII.finditer(unit.text[bom:].decode("utf-8", "replace")):
                self.wide.append(match.start())
                self.extra.append(self.extra[-1] + len(match.group().encode("utf-8")) - 1)

    def byte(self, index: int) -> int:
        """The file offset of a mark's character index."""
        return self.offset + index + self.extra[bisect.bisect_left(self.wide, index)]

    def span(self, node: yaml.Node) -> Span:
        if self.ascii:  # a mark's character index is then its byte offset
            offset = self.offset
            return span_from((self.path, offset + node.start_mark.index, offset + node.end_mark.index))
        return span_from((self.path, self.byte(node.start_mark.index), self.byte(node.end_mark.index)))

    def read(self, root: yaml.Node) -> None:
        if not isinstance(root, yaml.MappingNode):
            raise NotIaC("not a CloudFormation template: the top level is not a mapping")
        # an alias needs an anchor (`&name`) first: without one no node is shared, so nothing can
        # bomb and values need no memo
        self.shared = b"&" in self.unit.text and _ALIAS.search(self.unit.text) is not None
        if self.shared and self.expanded_size(root) > MAX_EXPANDED_NODES:
            raise FrontendError("aliases expand beyond any real template (an alias bomb?)", self.span(root))
        self.duplicate_keys(root)
        sections = {k.value: v for k, v in root.value if isinstance(k, yaml.ScalarNode)}
        resources = sections.get("Resources")
        if not isinstance(resources, yaml.MappingNode):
            # a CodeDeploy appspec, a Serverless Framework file, an event, a skeleton: not a template
            raise NotIaC("not a CloudFormation template: no Resources mapping")
        params = sections.get("Parameters")
        if isinstance(params, yaml.MappingNode):
            self.parameters = {k.value for k, _ in params.value if isinstance(k, yaml.ScalarNode)}
            for key, body in params.value:
                if isinstance(key, yaml.ScalarNode) and isinstance(body, yaml.MappingNode):
                    self.parameter(key, body)
        mappings = sections.get("Mappings")
        if isinstance(mappings, yaml.MappingNode):
            for key, body in mappings.value:
                table = self.value(body)
                if isinstance(key, yaml.ScalarNode) and isinstance(table, MapValue):
                    self.builder.project.mappings[(self.path, str(key.value))] = table
        conds = sections.get("Conditions")
        if isinstance(conds, yaml.MappingNode):
            self.conditions = {k.value: v for k, v in conds.value if isinstance(k, yaml.ScalarNode)}
        prefix = self.unit.display_name
        for key, _ in resources.value:
            if isinstance(key, yaml.ScalarNode):
                self.resource_ids[key.value] = self.builder.unique_id(f"{prefix}:{key.value}")
        for key, body in resources.value:
            if isinstance(key, yaml.ScalarNode) and isinstance(body, yaml.MappingNode):
                self.resource(key, body)
        outputs = sections.get("Outputs")
        if isinstance(outputs, yaml.MappingNode):
            for key, body in outputs.value:
                if isinstance(key, yaml.ScalarNode):
                    value = self.value(body)
                    self.builder.add_output(Output(str(key.value), value, self.span(key)))
        metadata = sections.get("Metadata")
        if metadata is not None:  # the template's own Metadata covers the whole template
            self.metadata_suppressions(metadata, self.unit.span(0, len(self.unit.text)))

    def parameter(self, key: yaml.ScalarNode, body: yaml.MappingNode) -> None:
        fields = {k.value: v for k, v in body.value if isinstance(k, yaml.ScalarNode)}
        no_echo = fields.get("NoEcho")
        default = fields.get("Default")
        secret = isinstance(no_echo, yaml.ScalarNode) and str(yaml_scalar(no_echo)).lower() == "true"
        value = self.value(default) if default is not None else None
        kind = fields.get("Type")
        written = str(kind.value) if isinstance(kind, yaml.ScalarNode) else ""
        parameter = Parameter(str(key.value), self.span(key), "cloudformation", value, secret, written)
        self.builder.add_parameter(parameter)

    def duplicate_keys(self, root: yaml.Node) -> None:
        """Report each mapping key written twice: YAML keeps the later one silently (a second
        `Resources:` hides the first), CloudFormation rejects the template."""
        visited: set[int] = set()  # a shared (aliased) node is looked at once
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in visited:
                continue
            visited.add(id(node))
            if isinstance(node, yaml.MappingNode):
                first: dict[object, yaml.Node] = {}
                for key, _ in node.value:
                    if not isinstance(key, yaml.ScalarNode) or key.value == "<<":  # merge keys repeat
                        continue
                    earlier = first.setdefault(key.value, key)
                    if earlier is not key:
                        data = self.builder.project.sources.get(self.path, b"")
                        line = data.count(b"\n", 0, self.span(earlier).start) + 1
                        message = f"duplicate key `{key.value}` (first on line {line}): it hides the first"
                        self.builder.problem(self.span(key), message)
            stack.extend(_children(node))

    def expanded_size(self, root: yaml.Node) -> int:
        """How many nodes the template has with every alias expanded. Iterative post-order, memoised
        by node identity (a shared node costs once); a node among its own descendants (an anchor whose
        value holds an alias to itself) would expand forever and is refused."""
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        open_nodes: set[int] = set()  # on the path from the root to the node being expanded
        while stack:
            node, done = stack.pop()
            if done:
                open_nodes.discard(id(node))
                self.sizes[id(node)] = min(
                    1 + sum(self.sizes.get(id(c), 1) for c in _children(node)), 10 * MAX_EXPANDED_NODES
                )
                continue
            if id(node) in self.sizes:
                continue
            if id(node) in open_nodes:
                raise FrontendError("an alias refers to a node that contains it (a cycle)", self.span(node))
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in _children(node) if id(c) not in self.sizes)
        return self.sizes[id(root)]

    def resource(self, key: yaml.ScalarNode, body: yaml.MappingNode) -> None:
        fields = {k.value: (k, v) for k, v in body.value if isinstance(k, yaml.ScalarNode)}
        type_entry = fields.get("Type")
        if type_entry is None or not isinstance(type_entry[1], yaml.ScalarNode):
            return
        native_type = str(type_entry[1].value)
        props_node = fields.get("Properties", (None, None))[1]
        props = self.value(props_node) if props_node is not None else MapValue(self.span(body), ())
        if not isinstance(props, MapValue):
            props = MapValue(self.span(body), ())
        conditions: list[Condition] = []
        cond_entry = fields.get("Condition")
        if cond_entry is not None and isinstance(cond_entry[1], yaml.ScalarNode):
            name = str(cond_entry[1].value)
            conditions.append(Condition(f"{name}: {self.condition_text(name)}", self.span(cond_entry[1])))
        logical = str(key.value)
        rid = self.resource_ids[logical]
        self.builder.add_resource(
            ResourceDraft(
                id=rid,
                framework="cloudformation",
                native_type=native_type,
                name=logical,
                props=props,
                span=self.span(key).cover(self.span(body)),
                type_span=self.span(key),
                conditions=conditions,
                variable=logical,
                logical_path=f"Resources.{logical}",
                binding=f"logical:{logical}",
                scope=f"template:{self.unit.display_name}",
            )
        )
        metadata = fields.get("Metadata")
        if metadata is not None:
            self.metadata_suppressions(metadata[1], self.span(key).cover(self.span(body)))
        if native_type == "AWS::CloudFormation::Stack":
            self.builder.add_component(Component(rid, logical, native_type, self.span(key), ("<program>",)))

    def metadata_suppressions(self, node: yaml.Node, covers: Span) -> None:
        """`Metadata: {iacreview: {ignore: [{id: IAC101, reason: ...}, "IAC102 reason"]}}`."""
        if not isinstance(node, yaml.MappingNode):
            return
        ours = next(
            (v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "iacreview"), None
        )
        if not isinstance(ours, yaml.MappingNode):
            return
        entries = next(
            (v for k, v in ours.value if isinstance(k, yaml.ScalarNode) and k.value == "ignore"), None
        )
        if not isinstance(entries, yaml.SequenceNode):
            return
        for entry in entries.value:
            if isinstance(entry, yaml.MappingNode):
                fields = {k.value: v for k, v in entry.value if isinstance(k, yaml.ScalarNode)}
                rule = fields.get("id") or fields.get("rule")
                reason = fields.get("reason")
                rules = str(rule.value) if isinstance(rule, yaml.ScalarNode) else ""
                text = str(reason.value) if isinstance(reason, yaml.ScalarNode) else ""
            elif isinstance(entry, yaml.ScalarNode):
                rules, _, text = str(entry.value).partition(" ")
            else:
                continue
            ids = tuple(r.strip() for r in rules.split(",") if r.strip())
            self.builder.project.suppressions.append(Suppression(ids, text.strip(), self.span(entry), covers))

    def condition_text(self, name: str, depth: int = 0) -> str:
        node = self.conditions.get(name)
        if node is None or depth > 10:
            return name
        return self.render(node, depth)

    def render(self, node: yaml.Node, depth: int = 0) -> str:
        """A readable form of a condition expression: `Environment == production`."""
        if depth > 20:
            return "..."
        tag, args = _intrinsic(node)
        if tag is None:
            if isinstance(node, yaml.ScalarNode):
                return str(node.value)
            return " ".join(self.render(c, depth + 1) for c in _children(node))
        items = args.value if isinstance(args, yaml.SequenceNode) else [args]
        if tag == "Ref":
            return str(args.value) if isinstance(args, yaml.ScalarNode) else "Ref"
        if tag == "Condition":
            return (
                self.condition_text(str(args.value), depth + 1)
                if isinstance(args, yaml.ScalarNode)
                else "Condition"
            )
        if tag == "Fn::Equals" and len(items) == 2:
            return f"{self.render(items[0], depth + 1)} == {self.render(items[1], depth + 1)}"
        if tag == "Fn::Not" and items:
            return f"not ({self.render(items[0], depth + 1)})"
        if tag in ("Fn::And", "Fn::Or"):
            joiner = " and " if tag == "Fn::And" else " or "
            return joiner.join(f"({self.render(i, depth + 1)})" for i in items)
        return f"{tag}(" + ", ".join(self.render(i, depth + 1) for i in items) + ")"

    # values -----------------------------------------------------------------------
    def value(self, node: yaml.Node, depth: int = 0) -> Value:
        if not self.shared:
            return self._value(node, depth)
        cached = self.memo.get(id(node))
        if cached is None:
            cached = self.memo[id(node)] = (node, self._value(node, depth))
        return cached[1]

    def _value(self, node: yaml.Node, depth: int) -> Value:
        # the hot loop of the frontend, run for every node of every template: type checks by
        # identity, spans inline, children without the memo when nothing is shared
        if self.ascii:
            offset = self.offset
            span = span_from((self.path, offset + node.start_mark.index, offset + node.end_mark.index))
        else:
            span = self.span(node)
        if depth > MAX_DEPTH:
            return Unknown(span, "...")
        cls = node.__class__
        if (node.tag or " ")[0] == "!" or (cls is MappingNode and len(node.value) == 1):
            tag, args = _intrinsic(node)
            if tag is not None:
                return self.intrinsic(tag, args, span, depth)
        if cls is ScalarNode:
            return Literal(span, yaml_scalar(node))
        child = self.value if self.shared else self._value
        depth += 1
        if cls is MappingNode:
            pairs = node.value
            if self.ascii:  # the key spans of `span` inline: maps hold most of the nodes
                path = self.path
                entries = [
                    entry_from(
                        (
                            k.value if k.__class__ is ScalarNode else "?",
                            span_from((path, offset + k.start_mark.index, offset + k.end_mark.index)),
                            child(v, depth),
                        )
                    )
                    for k, v in pairs
                ]
            else:
                entries = [
                    Entry(k.value if k.__class__ is ScalarNode else "?", self.span(k), child(v, depth))
                    for k, v in pairs
                ]
            return MapValue(span, tuple(entries))
        if cls is SequenceNode:
            return ListValue(span, tuple([child(v, depth) for v in node.value]))
        return Literal(span, yaml_scalar(node))

    def intrinsic(self, tag: str, args: yaml.Node, span: Span, depth: int) -> Value:
        if tag == "Ref" and isinstance(args, yaml.ScalarNode):
            return self.ref(str(args.value), None, span)
        if tag == "Fn::GetAtt":
            if isinstance(args, yaml.ScalarNode):
                target, _, attr = str(args.value).partition(".")
                return self.ref(target, attr or None, span)
            if (
                isinstance(args, yaml.SequenceNode)
                and args.value
                and isinstance(args.value[0], yaml.ScalarNode)
            ):
                attr_node = args.value[1] if len(args.value) > 1 else None
                attribute = str(attr_node.value) if isinstance(attr_node, yaml.ScalarNode) else None
                return self.ref(str(args.value[0].value), attribute, span)
        if tag == "Fn::Sub":
            text_node = args.value[0] if isinstance(args, yaml.SequenceNode) and args.value else args
            if isinstance(text_node, yaml.ScalarNode):
                return self.sub(str(text_node.value), span)
        if tag == "Fn::Join" and isinstance(args, yaml.SequenceNode) and len(args.value) == 2:
            sep_node, items_node = args.value
            sep = str(sep_node.value) if isinstance(sep_node, yaml.ScalarNode) else ""
            if isinstance(items_node, yaml.SequenceNode):
                parts: list[Value] = []
                for i, item in enumerate(items_node.value):
                    if i and sep:
                        parts.append(Literal(span, sep))
                    parts.append(self.value(item, depth + 1))
                if all(isinstance(p, Literal) for p in parts):
                    return Literal(span, "".join(str(p.value) for p in parts))  # type: ignore[attr-defined]
                return Template(span, tuple(parts))
        children = _children(args) if isinstance(args, yaml.SequenceNode) else [args]
        return Call(span, tag, tuple(self.value(c, depth + 1) for c in children))

    def ref(self, target: str, attr: str | None, span: Span) -> Value:
        rid = self.resource_ids.get(target)
        if rid is not None:
            return Ref(span, rid, attr)
        return Unknown(span, target if attr is None else f"{target}.{attr}")

    def sub(self, text: str, span: Span) -> Value:
        parts: list[Value] = []
        pos = 0
        for match in _SUB_VAR.finditer(text):
            if match.start() > pos:
                parts.append(Literal(span, text[pos : match.start()]))
            target, _, attr = match.group(1).strip().partition(".")
            parts.append(self.ref(target, attr or None, span))
            pos = match.end()
        if pos < len(text):
            parts.append(Literal(span, text[pos:]))
        if all(isinstance(p, Literal) for p in parts):
            return Literal(span, text)
        return Template(span, tuple(parts))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [c for pair in node.value for c in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _intrinsic(node: yaml.Node) -> tuple[str | None, yaml.Node]:
    """The function and argument of an intrinsic, short (`!GetAZs ''`) or long (`Fn::GetAZs: ''`)."""
    tag = node.tag or ""
    if tag.startswith("!"):
        name = tag[1:]
        return (name if name in ("Ref", "Condition") else f"Fn::{name}"), _untagged(node)
    if isinstance(node, yaml.MappingNode) and len(node.value) == 1:
        key, value = node.value[0]
        if isinstance(key, yaml.ScalarNode) and key.value in INTRINSICS:
            return str(key.value), value
    return None, node


def _untagged(node: yaml.Node) -> yaml.Node:
    """A short-form intrinsic's argument: its node as if written without the tag."""
    if isinstance(node, yaml.SequenceNode):
        return yaml.SequenceNode(_SEQ, node.value, node.start_mark, node.end_mark, node.flow_style)
    if isinstance(node, yaml.MappingNode):
        return yaml.MappingNode(_MAP, node.value, node.start_mark, node.end_mark, node.flow_style)
    return yaml.ScalarNode(_STR, node.value, node.start_mark, node.end_mark)


def without_comments(text: str) -> str:
    """JSON with `//` and `/* */` comments and trailing commas, made strict without moving anything:
    every removed character becomes a space (newlines stay)."""
    out = list(text)
    i, n = 0, len(text)
    in_string = False
    last_comma = -1
    while i < n:
        c = text[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            last_comma = -1
        elif c == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end == -1 else end
            out[i:end] = " " * (end - i)
            i = end
            continue
        elif c == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end == -1 else end + 2
            out[i:end] = ["\n" if ch == "\n" else " " for ch in text[i:end]]
            i = end
            continue
        elif c == ",":
            last_comma = i
        elif c in "}]" and last_comma != -1:
            out[last_comma] = " "
            last_comma = -1
        elif not c.isspace():
            last_comma = -1
        i += 1
    return "".join(out)


def load(unit: SourceUnit, builder: ProjectBuilder, is_json: bool) -> None:
    root = compose(unit, is_json, builder)
    if root is None:
        raise FrontendError("empty document", unit.span(0, 0))
    TemplateReader(unit, builder).read(root)


def refer_yaml(name: str, attr: Key) -> str:
    """`!GetAtt Key.Arn`, or `!Ref Key` for the resource itself."""
    return f"!GetAtt {name}.{attr.pascal_case}" if attr.pascal_case != "Ref" else f"!Ref {name}"


def refer_json(name: str, attr: Key) -> str:
    cfn = attr.pascal_case
    return f'{{"Fn::GetAtt": ["{name}", "{cfn}"]}}' if cfn != "Ref" else f'{{"Ref": "{name}"}}'


def load_each(units: list[SourceUnit], builder: ProjectBuilder, is_json: bool) -> None:
    """Each unit is a template of its own; one that cannot be read is a problem, not the end."""
    for unit in units:
        try:
            load(unit, builder, is_json)
        except NotIaC as exc:
            builder.not_iac(unit, exc.reason)
        except FrontendError as exc:
            builder.problem(exc.span, exc.message)


def load_yaml(units: list[SourceUnit], builder: ProjectBuilder) -> None:
    load_each(units, builder, is_json=False)


def load_json(units: list[SourceUnit], builder: ProjectBuilder) -> None:
    load_each(units, builder, is_json=True)
