"""Pulumi YAML programs (`runtime: yaml`): `resources:` with `type: aws:s3:Bucket`, `outputs:`.

Type tokens become the SDK path Pulumi TypeScript writes (`aws:s3/bucketV2:BucketV2` ->
`aws.s3.BucketV2`), so kinds, deprecations and rules serve both. Interpolations read as
references: `${bucket.arn}` is the `arn` of resource `bucket`, `${bucket}` the resource itself;
a string with other text around them is a template. Property names are camelCase, as in
TypeScript; the registry spells keys and renders fixes accordingly.
"""

from __future__ import annotations

import re

import yaml

from iacreview.frontends.base import (
    MAX_DEPTH,
    FrontendError,
    ProjectBuilder,
    ResourceDraft,
    SourceUnit,
    yaml_scalar,
)
from iacreview.model import Key, ListValue, Literal, MapValue, Output, Ref, Span, Template, Unknown, Value
from iacreview.model.values import Entry

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_INTERPOLATION = re.compile(r"\$\{([A-Za-z_][\w-]*)(?:\.([\w.\[\]\"-]+))?\}")


_RUNTIME = re.compile(rb"^runtime:\s*(?:yaml\b|\r?\n[ \t]+name:\s*yaml\b)", re.MULTILINE)


def is_program(data: bytes) -> bool:
    """A Pulumi YAML program: `runtime: yaml` at the top level and a `resources:` section."""
    return bool(_RUNTIME.search(data)) and re.search(rb"^resources:", data, re.MULTILINE) is not None


def native_type(token: str) -> str:
    """`aws:s3:Bucket` and `aws:s3/bucket:Bucket` -> `aws.s3.Bucket`."""
    parts = token.split(":")
    if len(parts) != 3:
        return token
    package, module, name = parts
    return f"{package}.{module.split('/')[0]}.{name}"


class ProgramReader:
    def __init__(self, unit: SourceUnit, builder: ProjectBuilder) -> None:
        self.unit = unit
        self.builder = builder
        self.ids: dict[str, str] = {}  # resource name -> resource id

    def span(self, node: yaml.Node) -> Span:
        start, end = node.start_mark, node.end_mark
        return self.unit.span_at(start.line, start.column, end.line, end.column)

    def read(self, root: yaml.Node) -> None:
        if not isinstance(root, yaml.MappingNode):
            raise FrontendError("a Pulumi YAML program is a mapping", self.span(root))
        sections = {k.value: (k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode)}
        resources = sections.get("resources", (None, None))[1]
        if isinstance(resources, yaml.MappingNode):
            names = [k for k, _ in resources.value if isinstance(k, yaml.ScalarNode)]
            for key in names:  # ids first: a resource may reference one declared below it
                self.ids[str(key.value)] = self.builder.unique_id(f"pulumi-yaml:{key.value}")
            for key, body in resources.value:
                if isinstance(key, yaml.ScalarNode) and isinstance(body, yaml.MappingNode):
                    self.resource(key, body)
        outputs = sections.get("outputs", (None, None))[1]
        if isinstance(outputs, yaml.MappingNode):
            for key, value in outputs.value:
                if isinstance(key, yaml.ScalarNode):
                    self.builder.add_output(Output(str(key.value), self.value(value), self.span(key)))

    def resource(self, key: yaml.ScalarNode, body: yaml.MappingNode) -> None:
        fields = {k.value: v for k, v in body.value if isinstance(k, yaml.ScalarNode)}
        token = fields.get("type")
        if not isinstance(token, yaml.ScalarNode):
            return
        props_node = fields.get("properties")
        props = self.value(props_node) if props_node is not None else MapValue(self.span(body), ())
        if not isinstance(props, MapValue):
            props = MapValue(self.span(body), ())
        name = str(key.value)
        given = fields.get("name")  # a resource's own `name:` option
        written = yaml_scalar(given) if isinstance(given, yaml.ScalarNode) else None
        self.builder.add_resource(
            ResourceDraft(
                id=self.ids[name],
                framework="pulumi",
                native_type=native_type(str(token.value)),
                name=str(written or name),
                props=props,
                span=self.span(key).cover(self.span(body)),
                type_span=self.span(key),
                variable=name,
                logical_path=f"resources.{name}",
                binding=f"logical:{name}",
                scope=f"program:{self.unit.display_name}",
            )
        )

    def value(self, node: yaml.Node, depth: int = 0) -> Value:
        span = self.span(node)
        if depth > MAX_DEPTH:
            return Unknown(span, "...")
        if isinstance(node, yaml.MappingNode):
            entries = [
                Entry(str(k.value), self.span(k), self.value(v, depth + 1))
                for k, v in node.value
                if isinstance(k, yaml.ScalarNode)
            ]
            return MapValue(span, tuple(entries))
        if isinstance(node, yaml.SequenceNode):
            return ListValue(span, tuple(self.value(item, depth + 1) for item in node.value))
        scalar = yaml_scalar(node)
        if isinstance(scalar, str) and "${" in scalar:
            return self.interpolation(scalar, span)
        return Literal(span, scalar if scalar is not None else "")

    def interpolation(self, text: str, span: Span) -> Value:
        parts: list[Value] = []
        position = 0
        for match in _INTERPOLATION.finditer(text):
            if match.start() > position:
                parts.append(Literal(span, text[position : match.start()]))
            target = self.ids.get(match.group(1))
            attr = match.group(2)
            parts.append(Ref(span, target, attr) if target else Unknown(span, match.group(0)))
            position = match.end()
        if position < len(text):
            parts.append(Literal(span, text[position:]))
        return parts[0] if len(parts) == 1 else Template(span, tuple(parts))


def refer(name: str, attr: Key) -> str:
    """`${key.arn}`: an interpolation of the resource's attribute."""
    return f"${{{name}.{attr.camel}}}"


def load(units: list[SourceUnit], builder: ProjectBuilder) -> None:
    for unit in units:
        try:
            root = yaml.compose(unit.text.decode("utf-8-sig"), Loader=Loader)
            if root is None:
                raise FrontendError("empty document", unit.span(0, 0))
            ProgramReader(unit, builder).read(root)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line, mark.column) if mark else (0, 0)
            builder.problem(
                unit.span_at(line, col, line, col + 1), f"invalid YAML: {exc.problem or exc.context}"
            )
        except (yaml.YAMLError, RecursionError) as exc:
            builder.problem(unit.span(0, 1), f"invalid YAML: {exc}")
        except FrontendError as exc:
            builder.problem(exc.span, exc.message)
