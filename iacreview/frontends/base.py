"""What every frontend shares: the unit of source it reads and the builder it fills."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from iacreview.model import (
    Component,
    Condition,
    Literal,
    MapValue,
    Output,
    Parameter,
    Project,
    Ref,
    Resource,
    Span,
    Unknown,
    Value,
)
from iacreview.model.kinds import kind_of
from iacreview.model.project import LoadedUnit
from iacreview.model.span import LineIndex

# how deep a frontend reads nested values or expressions; deeper ones (and a YAML alias that
# contains itself) are read as unknown rather than overflowing the stack
MAX_DEPTH = 150


class NotIaC(Exception):
    """The code read is not what its frontend reads after all (a YAML file with `Resources:` that is a
    CodeDeploy appspec): a note that it was skipped, not a parse error."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FrontendError(Exception):
    """A file the frontend cannot read as IaC; becomes one IAC000 finding."""

    def __init__(self, message: str, span: Span) -> None:
        super().__init__(message)
        self.message = message
        self.span = span


@dataclass
class SourceUnit:
    """Code to parse: a whole file, or one fenced block of a Markdown file starting at `base`."""

    path: str
    text: bytes
    base: int = 0
    name: str = ""  # the file name the code claims (a Markdown block's heading), else the path
    _lines: LineIndex | None = None

    def span(self, start: int, end: int) -> Span:
        return Span(self.path, self.base + start, self.base + end)

    def problem_span(self, start: int, end: int) -> Span:
        """A span of at least one byte inside the text: parsers report a missing token at the end as
        an empty range just past the last byte."""
        start = max(0, min(start, len(self.text) - 1))
        return self.span(start, max(start + 1, min(end, len(self.text))) if self.text else start)

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines

    def span_at(self, line0: int, col0: int, end_line0: int, end_col0: int) -> Span:
        """Span from 0-based line and character-column pairs (pyyaml marks)."""
        return self.span(self.lines.offset(line0, col0), self.lines.offset(end_line0, end_col0))

    @property
    def display_name(self) -> str:
        return self.name or self.path


@dataclass
class ParseProblem:
    span: Span
    message: str


@dataclass
class ResourceDraft:
    """A resource under construction; conditions inherited from call sites are settled at build."""

    id: str
    framework: str
    native_type: str
    name: str
    props: MapValue
    span: Span
    type_span: Span
    conditions: list[Condition] = field(default_factory=list)
    component: str | None = None
    variable: str | None = None
    logical_path: str = ""
    written_name: str = ""
    binding: str = ""
    scope: str = ""
    frontend: str = ""  # stamped by the builder from the language being loaded
    derived: frozenset[str] = frozenset()  # see Resource.derived
    # (template, depth of the condition stack when it was entered): see interp.Template
    templates: list[tuple[object, int]] = field(default_factory=list)


class ProjectBuilder:
    def __init__(
        self, root: str, origin: str, frontend_ids: Mapping[tuple[str, str], str] | None = None
    ) -> None:
        self.project = Project(root=root, origin=origin)
        self.drafts: list[ResourceDraft] = []
        self.problems: list[ParseProblem] = []
        self._ids: set[str] = set()
        self._drafts_by_id: dict[str, ResourceDraft] = {}
        # (framework, language) -> frontend id (the registry's); `language` is the one loading now
        self.frontend_ids = frontend_ids or {}
        self.language = ""

    def add_source(self, path: str, data: bytes) -> None:
        self.project.sources[path] = data

    def add_unit(self, unit: SourceUnit, language: str) -> None:
        """Record which language reads this code, so fixes render in it and findings name it."""
        self.project.units.append(LoadedUnit(unit.path, unit.base, unit.base + len(unit.text), language))

    def unique_id(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self._ids:
            n += 1
            candidate = f"{wanted}#{n}"
        self._ids.add(candidate)
        return candidate

    def add_resource(self, draft: ResourceDraft) -> ResourceDraft:
        draft.frontend = draft.frontend or self.frontend_ids.get((draft.framework, self.language), "")
        self.drafts.append(draft)
        self._drafts_by_id.setdefault(draft.id, draft)
        self.project.frameworks.add(draft.framework)
        return draft

    def draft(self, resource_id: str) -> ResourceDraft | None:
        return self._drafts_by_id.get(resource_id)

    def add_component(self, component: Component) -> None:
        if all(c.id != component.id for c in self.project.components):
            self.project.components.append(component)

    def add_output(self, output: Output) -> None:
        self.project.outputs.append(output)

    def add_parameter(self, parameter: Parameter) -> None:
        self.project.parameters.append(parameter)

    def note(self, span: Span, message: str) -> None:
        """Something read but not analysed (a remote Terraform module): said, so silence is not a pass."""
        self.project.notes.append((span, message))

    def not_iac(self, unit: SourceUnit, reason: str) -> None:
        """A unit that turned out not to be IaC: a whole file is noted as skipped (a Markdown block
        is simply not code of the answer)."""
        if unit.base == 0 and not unit.name:
            self.project.skipped[unit.path] = reason

    def problem(self, span: Span, message: str) -> None:
        self.problems.append(ParseProblem(span, message))

    def build(self) -> Project:
        for d in self.drafts:
            keys, refs = index_props(d.props)
            self.project.resources.append(
                Resource(
                    id=d.id,
                    framework=d.framework,
                    native_type=d.native_type,
                    kind=kind_of(d.native_type),
                    name=d.name,
                    props=d.props,
                    span=d.span,
                    type_span=d.type_span,
                    conditions=tuple(settle_conditions(d)),
                    component=d.component,
                    variable=d.variable,
                    logical_path=d.logical_path or d.name,
                    written_name=d.written_name or d.name,
                    keys=keys,
                    refs=refs,
                    binding=d.binding,
                    scope=d.scope,
                    frontend=d.frontend,
                    derived=d.derived,
                )
            )
        self.project.resources.sort(key=lambda r: (r.span.file, r.span.start))
        return self.project


def index_props(props: MapValue) -> tuple[frozenset[str], tuple[Ref, ...]]:
    """Every property name anywhere in `props` and every reference in it (in `walk` order), in one
    pass; the walk written out, as it runs over every node of every resource."""
    names: set[str] = set()
    refs: list[Ref] = []
    stack: list[Value] = [props]
    pop, push = stack.pop, stack.extend
    while stack:
        node = pop()
        if isinstance(node, MapValue):
            names.update(node._index)  # the entries' names, already normalised
            push(reversed(node.children()))
        elif isinstance(node, Ref):
            refs.append(node)
        elif isinstance(node, Literal):
            if isinstance(node.value, str) and "Statement" in node.value:
                names.add("statement")  # a policy written as JSON text
        elif not isinstance(node, Unknown):
            push(reversed(node.children()))
    return frozenset(names), tuple(refs)


def number(text: str) -> int | float | None:
    """A numeric literal's value (`42`, `1.5`, `1e3`), None when Python reads neither int nor float."""
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def settle_conditions(draft: ResourceDraft) -> list[Condition]:
    """Drop the call-site conditions of helpers that are also called elsewhere without them."""
    cut = 0
    for template, depth in draft.templates:
        if getattr(template, "mixed_contexts", False):
            cut = max(cut, depth)
    return draft.conditions[cut:]


def yaml_scalar(node: yaml.Node) -> str | int | float | bool | None:
    """A YAML scalar's value as its tag reads it (YAML 1.1 booleans, `0x` ints); text when the tag
    is unknown or the text does not parse as the tag says."""
    value = str(node.value)
    tag = node.tag or ""
    if tag == "tag:yaml.org,2002:str":
        return value
    if tag.endswith(":bool"):
        return value.lower() in ("true", "yes", "on", "y")
    if tag.endswith(":int"):
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag.endswith(":float"):
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    if tag.endswith(":null"):
        return None
    return value


def report_syntax_error(builder: ProjectBuilder, unit: SourceUnit, root: Any) -> None:
    """One problem at the first ERROR or missing node of a tree-sitter tree (TypeScript, HCL)."""
    node = first_error(root)
    if node is not None:
        span = unit.problem_span(node.start_byte, node.end_byte)
        while (inner := _first_erroneous_child(node)) is not None:  # where reading actually failed
            node = inner
        builder.problem(span, describe_error(node, unit.text))


def describe_error(node: Any, text: bytes) -> str:
    """What tree-sitter could not read, and where: "syntax error in an object: unexpected `;`"."""
    parent = node.parent
    context = ""
    if parent is not None and parent.type not in ("program", "module", "source_file", "config_file", "body"):
        kind = parent.type.replace("_", " ")
        context = f" in {'an' if kind[:1] in 'aeiou' else 'a'} {kind}"
    if node.is_missing:
        return f"syntax error{context}: missing `{node.type}`"
    leaf = node
    while leaf.child_count:
        leaf = leaf.children[0]
    found = text[leaf.start_byte : leaf.end_byte] or text[node.start_byte : node.start_byte + 1]
    shown = found.decode("utf-8", "replace").split("\n")[0][:30]
    return f"syntax error{context}: unexpected `{shown}`" if shown.strip() else f"syntax error{context}"


def first_error(root: Any, missing: bool = True) -> Any:
    """The first ERROR node of a tree-sitter tree (or missing token, when `missing`), else None."""
    stack = [root] if root.has_error else []
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or (missing and node.is_missing):
            return node
        if node.has_error:
            stack.extend(reversed(node.children))
    return None


MAX_RECOVERIES = 25  # lines blanked to read past syntax errors before giving a file up


def blank_line(text: bytes, offset: int) -> bytes | None:
    """`text` with the line holding `offset` replaced by spaces (same length, so every offset still
    points into the file), or None when that line is blank already."""
    start = text.rfind(b"\n", 0, offset) + 1
    end = text.find(b"\n", offset)
    end = len(text) if end == -1 else end
    if not text[start:end].strip():
        return None
    return text[:start] + b" " * (end - start) + text[end:]


def blank_line_at(text: str, line: int) -> str | None:
    """`text` with its 0-based `line` replaced by spaces (same length: positions stay), or None when
    there is no such line or it is blank already (nothing left to read past)."""
    lines = text.split("\n")
    if line >= len(lines) or not lines[line].strip():
        return None
    lines[line] = " " * len(lines[line])
    return "\n".join(lines)


def recovering_parse(text: bytes, parse: Callable[[bytes], Any], keep: tuple[bytes, ...] = ()) -> Any:
    """A tree-sitter tree read past syntax errors: generated answers mix prose or a half-written line
    into code, and tree-sitter's own recovery may swallow the statements after it. While the tree
    has an ERROR node, the line of its innermost first error is blanked and the text parsed again
    (missing tokens are tree-sitter's recovery already). The result is kept only when no error is
    left: a half-recovered tree can hide more than tree-sitter's own recovery (a truncated file).
    Lines starting with one of `keep` are never blanked (a mangled `import _ as cdk` still names
    the module to tree-sitter's recovery). Errors are reported from the first tree."""
    first = root = parse(text)
    for _ in range(MAX_RECOVERIES):
        node = first_error(root, missing=False)
        while node is not None and (inner := _first_erroneous_child(node)) is not None:
            node = inner
        blanked = blank_line(text, node.start_byte) if node is not None else None
        line = text[text.rfind(b"\n", 0, node.start_byte) + 1 :].lstrip() if node is not None else b""
        if blanked is None or line.startswith(keep):
            break
        text = blanked
        root = parse(text)
    return root if first_error(root, missing=False) is None else first


def _first_erroneous_child(node: Any) -> Any:
    return next((c for c in node.children if c.type == "ERROR" or c.has_error), None)
