"""Resources, components and outputs of one project, with the indices rules need."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from iacreview.model.span import Span
from iacreview.model.values import MapValue, Ref, Value

PROVIDER_KIND = "aws.provider"


@dataclass(frozen=True, slots=True)
class Condition:
    """A guard on a resource's creation: `if (env === "prod")`, a ternary, a CloudFormation Condition."""

    text: str
    span: Span
    negated: bool = False

    @property
    def display(self) -> str:
        return f"not ({self.text})" if self.negated else self.text


@dataclass(frozen=True, slots=True)
class Resource:
    id: str
    framework: str
    native_type: str
    kind: str
    name: str
    props: MapValue
    span: Span
    type_span: Span
    conditions: tuple[Condition, ...] = ()
    component: str | None = None
    variable: str | None = None
    logical_path: str = ""
    written_name: str = ""  # the name as written, computed parts as `*`: `app-role-*`
    # every property name anywhere in `props` (normalised; "statement" also for JSON policy text),
    # so rules can skip resources that cannot match without walking them
    keys: frozenset[str] = frozenset()
    refs: tuple[Ref, ...] = ()  # every reference anywhere in `props`, in walk order
    # how code can refer to it: "local:bucket", "field:bucket" (this./self.), "logical:Bucket" (!Ref)
    binding: str = ""
    scope: str = ""  # the function, method or class body (or the template) that creates it
    frontend: str = ""  # the id of the frontend that read it (`pulumi-ts`, `cfn-yaml`)
    # top-level props the frontend derived rather than read (CDK L2 semantics in the model's terms,
    # `encryption: KMS` as `serverSideEncryptionConfiguration`): not checked against a schema
    derived: frozenset[str] = frozenset()

    @property
    def file(self) -> str:
        return self.span.file

    def prop(self, key: str) -> Value | None:
        return self.props.get(key)


@dataclass(frozen=True, slots=True)
class Component:
    """A grouping of resources: a Pulumi ComponentResource or CDK Construct class, a nested stack."""

    id: str
    name: str
    base: str
    span: Span
    instantiated_by: tuple[str, ...] = ()
    # module-level names holding an instance, where written (`encryption` in `const encryption = new C()`)
    instances: tuple[tuple[str, Span], ...] = ()


@dataclass(frozen=True, slots=True)
class Output:
    name: str
    value: Value
    span: Span


@dataclass(frozen=True, slots=True)
class Parameter:
    """A value the deployer supplies: a CloudFormation parameter (also CDK's `CfnParameter`), a
    Terraform variable (also CDKTF's `TerraformVariable`)."""

    name: str
    span: Span  # its name where declared
    framework: str
    default: Value | None = None
    # hidden from the console and the plan: CloudFormation `NoEcho: true`, Terraform `sensitive = true`
    secret: bool = False
    type: str = ""  # as written: `String`, `AWS::SSM::Parameter::Value<String>`, `string`


@dataclass(frozen=True, slots=True)
class Suppression:
    """`ignore[IAC101] reason` written in the source: a comment, or CloudFormation resource Metadata."""

    rules: tuple[str, ...]
    reason: str
    span: Span  # where it is written
    covers: Span  # the findings it may silence start inside this span


@dataclass(frozen=True, slots=True)
class ProjectLayout:
    """What a project root holds besides IaC, for the project-level rules (IAC901)."""

    marker: Span  # the root marker file (Pulumi.yaml, package.json, ...) where project findings point
    test_files: tuple[str, ...] = ()
    test_runner: str | None = None  # jest, vitest, mocha, pytest, unittest ... as configured
    coverage_threshold: float | None = None


@dataclass(frozen=True, slots=True)
class LoadedUnit:
    """Bytes `start`..`end` of `file` were read as `language` (a registry id): a whole file, or one
    Markdown block."""

    file: str
    start: int
    end: int
    language: str


@dataclass
class Project:
    """Everything one stack declares. `origin` is "file", "markdown" or "directory"."""

    root: str
    origin: str
    sources: dict[str, bytes] = field(default_factory=dict)
    resources: list[Resource] = field(default_factory=list)
    components: list[Component] = field(default_factory=list)
    outputs: list[Output] = field(default_factory=list)
    parameters: list[Parameter] = field(default_factory=list)
    # CloudFormation's `Mappings` by (file, name): the tables `Fn::FindInMap` reads from
    mappings: dict[tuple[str, str], MapValue] = field(default_factory=dict)
    provider_versions: dict[str, str] = field(default_factory=dict)
    frameworks: set[str] = field(default_factory=set)
    suppressions: list[Suppression] = field(default_factory=list)
    layout: ProjectLayout | None = None  # only for a project root on disk, never a file or Markdown
    units: list[LoadedUnit] = field(default_factory=list)
    unparsable: set[str] = field(default_factory=set)  # files with a parse error
    skipped: dict[str, str] = field(default_factory=dict)  # files read but found not IaC, and why
    notes: list[tuple[Span, str]] = field(default_factory=list)  # what was read but not analysed
    # the file(s) a Pulumi project on disk runs, where stack outputs are exported; None: not known
    entry_points: frozenset[str] | None = None

    @cached_property
    def deployed(self) -> list[Resource]:
        """The resources that create something: a provider (and CDK's `Tags.of`, read as one) is
        configuration of the others."""
        return [r for r in self.resources if r.kind != PROVIDER_KIND]

    @cached_property
    def by_id(self) -> dict[str, Resource]:
        return {r.id: r for r in self.resources}

    @cached_property
    def _referrers(self) -> dict[str, list[tuple[Resource, Ref]]]:
        index: dict[str, list[tuple[Resource, Ref]]] = {}
        for resource in self.resources:
            for ref in resource.refs:
                if ref.target != resource.id:
                    index.setdefault(ref.target, []).append((resource, ref))
        return index

    def resolve(self, ref: Ref) -> Resource | None:
        return self.by_id.get(ref.target)

    def referrers(self, resource: Resource) -> list[tuple[Resource, Ref]]:
        """Resources whose properties reference `resource`, with the reference itself."""
        return self._referrers.get(resource.id, [])

    @cached_property
    def _by_kind(self) -> dict[str, list[Resource]]:
        index: dict[str, list[Resource]] = {}
        for resource in self.resources:
            index.setdefault(resource.kind, []).append(resource)
        return index

    def of_kind(self, *kinds: str) -> Iterator[Resource]:
        """The resources of these kinds, in declaration order."""
        if len(kinds) == 1:
            return iter(self._by_kind.get(kinds[0], ()))
        return (r for r in self.resources if r.kind in kinds)

    @cached_property
    def _by_kind_and_file(self) -> dict[tuple[str, str], tuple[list[int], list[Resource]]]:
        index: dict[tuple[str, str], list[Resource]] = {}
        for resource in self.resources:
            index.setdefault((resource.kind, resource.span.file), []).append(resource)
        ordered = {key: sorted(found, key=lambda r: r.span.start) for key, found in index.items()}
        return {key: ([r.span.start for r in found], found) for key, found in ordered.items()}

    def first_of_kind(self, kind: str, file: str, start: int, end: int) -> Resource | None:
        """The first resource of `kind` written in bytes `start`..`end` of `file` (by position)."""
        starts, found = self._by_kind_and_file.get((kind, file), ([], []))
        at = bisect.bisect_left(starts, start)
        return found[at] if at < len(found) and starts[at] < end else None

    def output_targets(self) -> set[str]:
        """Ids of every resource some stack output references."""
        return {n.target for out in self.outputs for n in out.value.walk() if isinstance(n, Ref)}

    @cached_property
    def _outputs_by_file(self) -> dict[str, list[Output]]:
        index: dict[str, list[Output]] = {}
        for output in self.outputs:
            index.setdefault(output.span.file, []).append(output)
        return index

    def outputs_in(self, file: str) -> list[Output]:
        """The stack outputs written in `file`, in declaration order."""
        return self._outputs_by_file.get(file, [])

    @cached_property
    def _units_by_file(self) -> dict[str, tuple[list[int], list[LoadedUnit]]]:
        index: dict[str, list[LoadedUnit]] = {}
        for unit in self.units:
            index.setdefault(unit.file, []).append(unit)
        ordered = {file: sorted(found, key=lambda u: u.start) for file, found in index.items()}
        return {file: ([u.start for u in found], found) for file, found in ordered.items()}

    def language_at(self, span: Span) -> str:
        """The language id of the code holding `span`, "" when no frontend read it."""
        starts, units = self._units_by_file.get(span.file, ([], []))
        at = bisect.bisect_right(starts, span.start) - 1  # the last unit starting at or before it
        while at >= 0:  # units do not nest, but a unit may end where the next starts
            unit = units[at]
            if unit.start <= span.start <= unit.end:
                return unit.language
            if unit.end < span.start:
                break
            at -= 1
        return ""

    def component(self, component_id: str | None) -> Component | None:
        if component_id is None:
            return None
        return next((c for c in self.components if c.id == component_id), None)


def refs_in(values: Iterable[Value]) -> Iterator[Ref]:
    for value in values:
        for node in value.walk():
            if isinstance(node, Ref):
                yield node
