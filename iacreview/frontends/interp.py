"""The abstract interpreter shared by the program frontends (Pulumi TypeScript and Python).

Program code is not run. Each function, method and class constructor is a `Template`, evaluated
once, lazily, at its first call: resources created inside inherit the call site's conditions and
owning component. A helper called from sites under different conditions drops the call-site part
(see `settle_conditions`). Values are model `Value`s, or handles for things that are not data.

`Interpreter` holds a project's evaluation state and the SDK operations (create a resource, export,
`addToPolicy`, `Tags.of().add`); `Walker` is the walk both languages share (names and scopes, the
depth guard, conditions from `if`, early returns, ternaries and `&&`, string `+`, `||`). A
language's `Scope` subclasses `Walker` and says only how its syntax maps onto these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from iacreview.frontends.base import MAX_DEPTH, ProjectBuilder, ResourceDraft, SourceUnit
from iacreview.frontends.frameworks import (
    COMPONENT_BASES,
    cdk_data,
    cdk_props,
    cdk_value,
    classify,
    member_path,
    policy_document,
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
from iacreview.model.values import Entry, truthy


@dataclass(eq=False)
class ResourceHandle:
    resource_id: str


@dataclass(eq=False)
class ModuleHandle:
    """A name bound to an imported SDK module or member: `aws`, `aws.s3`, `pulumi.ComponentResource`."""

    path: str

    def member(self, name: str) -> ModuleHandle:
        return ModuleHandle(member_path(self.path, name))


@dataclass(eq=False)
class Fn:
    """A function, method or class constructor, evaluated at most once."""

    key: str
    kind: str  # "function" | "method" | "class"
    node: Any
    run: Callable[[Fn], object]
    name: str = ""
    component_id: str | None = None
    evaluated: bool = False
    evaluating: bool = False
    result: object = None
    context: tuple[Condition, ...] | None = None
    mixed_contexts: bool = False


@dataclass(eq=False)
class ObjectHandle:
    """`this`/`self` of a class, and what `new C()` evaluates to."""

    cls: Fn
    fields: dict[str, object] = field(default_factory=dict)
    methods: dict[str, Fn] = field(default_factory=dict)


@dataclass(eq=False)
class LazyImport:
    """A name imported from another file of the project, resolved on first use."""

    name: str
    module: str
    importer: str = ""  # the display name of the importing file, which a relative path starts from


Obj = object  # a model Value or one of the handles above


def is_component_base(module_path: str) -> bool:
    """Pulumi ComponentResource, CDK Stack / NestedStack / Construct, CDKTF TerraformStack."""
    return module_path in COMPONENT_BASES


class Interpreter:
    """State of one project's evaluation: the condition stack, owning components, symbols."""

    framework = "pulumi"

    def __init__(self, builder: ProjectBuilder, symbols: dict[str, Obj]) -> None:
        self.builder = builder
        self.symbols = symbols  # project-wide: exported classes, functions and values by name
        self.conditions: list[Condition] = []
        self.components: list[str | None] = [None]
        self.frames: list[tuple[Fn, int]] = []
        self.functions: list[Fn] = []
        self.component_children: dict[str, set[str]] = {}
        self.component_info: dict[str, tuple[str, str, Span]] = {}
        self.component_instances: dict[str, list[tuple[str, Span]]] = {}
        self.depth = 0  # of the expression being evaluated (see Walker.eval)
        self.pending: dict[str, tuple[SourceUnit, Any]] = {}  # modules not yet run, by path key
        self.module_keys: set[str] = set()  # every module's key: its path, without the extension
        self._unit_keys: dict[tuple[str, int], str] = {}

    def add_module(self, unit: SourceUnit, tree: Any, key: str) -> None:
        """A module to run, by its path key. Unnamed blocks of one Markdown answer all bear the
        answer's path: each gets a key of its own, so each is run. A named file shown twice is one
        module (its first version runs)."""
        if key in self.module_keys and not unit.name:
            key = f"{key}#{unit.base}"
        self._unit_keys[(unit.path, unit.base)] = key
        self.pending[key] = (unit, tree)
        self.module_keys.add(key)

    def start_module(self, unit: SourceUnit) -> bool:
        """Take the unit out of `pending`: False when it has run already (imported meanwhile)."""
        return self.pending.pop(self._unit_keys[(unit.path, unit.base)], None) is not None

    def resolve_import(self, lazy: LazyImport) -> Obj:
        """A name another file of the project defines, evaluating that file first if needed."""
        if lazy.name not in self.symbols:
            for key in self.import_targets(lazy.importer, lazy.module):
                entry = self.pending.get(key)  # None: run meanwhile, by the import of another name
                if entry is not None:
                    self.run_module(*entry)
        return self.symbols.get(lazy.name)

    def import_targets(self, importer: str, module: str) -> list[str]:
        """The keys of the modules an import from `importer` may name, best first."""
        raise NotImplementedError

    def run_module(self, unit: SourceUnit, tree: Any) -> None:
        """Evaluate one module, once (it leaves `pending`)."""
        raise NotImplementedError

    # conditions ------------------------------------------------------------
    @contextmanager
    def condition(self, text: str, span: Span, negated: bool = False) -> Iterator[None]:
        self.conditions.append(Condition(" ".join(text.split()), span, negated))
        try:
            yield
        finally:
            self.conditions.pop()

    # functions and classes -------------------------------------------------
    def register(self, fn: Fn) -> Fn:
        self.functions.append(fn)
        return fn

    def call(self, fn: Fn) -> Obj:
        context = tuple(self.conditions)
        if fn.evaluated or fn.evaluating:
            if fn.context is not None and context != fn.context:
                fn.mixed_contexts = True
            return fn.result
        fn.context = context
        fn.evaluating = True
        self.frames.append((fn, len(self.conditions)))
        owner = fn.component_id if fn.component_id else self.components[-1]
        self.components.append(owner)
        try:
            fn.result = fn.run(fn)
        except RecursionError:
            fn.result = None
        finally:
            self.components.pop()
            self.frames.pop()
            fn.evaluating = False
            fn.evaluated = True
        return fn.result

    def instantiate(self, cls: Fn) -> Obj:
        parent = self.components[-1] or "<program>"
        if cls.component_id:
            self.component_children.setdefault(parent, set()).add(cls.component_id)
        return self.call(cls)

    def finish(self) -> None:
        """Evaluate what nothing called: classes first, then functions and methods."""
        for kind in ("class", "function", "method"):
            for fn in list(self.functions):
                if fn.kind == kind and not fn.evaluated:
                    saved, self.conditions = self.conditions, []
                    try:
                        self.call(fn)
                    finally:
                        self.conditions = saved
        for cid, (name, base, span) in self.component_info.items():
            parents = tuple(sorted(p for p, kids in self.component_children.items() if cid in kids))
            instances = tuple(self.component_instances.get(cid, ()))
            self.builder.add_component(Component(cid, name, base, span, parents, instances))

    def declare_component(self, name: str, base: str, span: Span) -> str:
        cid = name
        n = 1
        while cid in self.component_info:
            n += 1
            cid = f"{name}#{n}"
        self.component_info[cid] = (name, base, span)
        return cid

    # resources and outputs -------------------------------------------------
    def new_resource(
        self,
        unit: SourceUnit,
        native_type: str,
        name: str,
        props: MapValue,
        span: Span,
        type_span: Span,
        variable: str | None,
        written_name: str = "",
        framework: str = "pulumi",
        derived: frozenset[str] = frozenset(),
    ) -> ResourceHandle:
        owner = self.components[-1]
        rid = self.builder.unique_id(f"{native_type}:{name}")
        draft = ResourceDraft(
            id=rid,
            framework=framework,
            native_type=native_type,
            name=name,
            props=props,
            span=span,
            type_span=type_span,
            conditions=list(self.conditions),
            component=owner,
            variable=variable,
            logical_path=f"{owner + '/' if owner else ''}{variable or name}",
            templates=list(self.frames),
            written_name=written_name,
            scope=self.frames[-1][0].key if self.frames else f"module:{unit.display_name}",
            derived=derived,
        )
        self.builder.add_resource(draft)
        return ResourceHandle(rid)

    def create(
        self,
        unit: SourceUnit,
        path: str,
        args: list[tuple[Obj, Span, str]],
        keywords: MapValue | None,
        span: Span,
        type_span: Span,
        variable: str | None,
    ) -> Obj:
        """`new X(...)` / `X(...)` for an SDK class: a resource, an output, or a plain value.

        Returns NOT_SDK when `path` is no constructor any framework knows."""
        construction = classify(path, len(args))
        if construction is None:
            return NOT_SDK
        values = [as_value(obj, at, text) for obj, at, text in args]
        if construction.kind == "value":  # `new iam.PolicyStatement({...})`: the props come first
            first = next((i for i, v in enumerate(values) if isinstance(v, MapValue)), len(values))
            props = _props(values, keywords, first, span)
        else:
            props = _props(values, keywords, construction.props_at, span)
        if construction.kind == "value":
            if construction.framework == "cdk":
                return cdk_value(construction.native_type, values, props, span)
            return props
        if construction.kind == "policy":
            return policy_document(props, span)
        name_value = values[construction.name_at] if len(values) > construction.name_at else Unknown(span, "")
        if construction.kind == "output":
            self.export(
                display_name(name_value, None, variable or "output"),
                props.get("value") or Unknown(span, ""),
                span,
            )
            return None
        if construction.kind == "parameter":  # `noEcho`/`no_echo` (CDK), `sensitive` (CDKTF)
            secret = truthy(props.get("noEcho") or props.get("sensitive")) is True
            name = display_name(name_value, None, variable or "parameter")
            at = name_value.span if not isinstance(name_value, Unknown) else span
            default = props.get("default")
            self.builder.add_parameter(Parameter(name, at, construction.framework, default, secret))
            return None
        native = construction.native_type
        derived: frozenset[str] = frozenset()
        if construction.framework == "cdk" and not native.startswith("AWS::"):
            props, derived = cdk_props(native, props, span)
        name = display_name(name_value, variable, native.rsplit(".", 1)[-1])
        written = written_name(name_value)
        return self.new_resource(
            unit, native, name, props, span, type_span, variable, written, construction.framework, derived
        )

    def add_statement(
        self, unit: SourceUnit, target: ResourceHandle, statement: Value, span: Span, resource_policy: bool
    ) -> None:
        """`role.addToPolicy(s)` / `fn.addToRolePolicy(s)`: CDK synthesises a policy attached to the role,
        named `<role>/DefaultPolicy`; `queue.addToResourcePolicy(s)`: the queue's own policy,
        `<queue>/Policy` (a `sqs.QueuePolicy`, `s3.BucketPolicy`...). So does the model."""
        owner = self.builder.draft(target.resource_id)
        if owner is None:
            return
        document = MapValue(span, (Entry("Statement", span, ListValue(span, (statement,))),))
        attached = ListValue(span, (Ref(span, target.resource_id),))
        if not resource_policy:
            role = owner.props.get("role")  # `fn.addToRolePolicy(s)`: the role the function was given
            given = self.builder.draft(role.target) if isinstance(role, Ref) and not role.attr else None
            if given is not None:
                owner, attached = given, ListValue(span, (Ref(span, given.id),))
            path = owner.name if owner.native_type == "iam.Role" else f"{owner.name}/ServiceRole"
            native, name, link = "iam.Policy", f"{path}/DefaultPolicy", "roles"
        else:
            constructs: dict[str, object] = cdk_data()["constructs"]  # type: ignore[assignment]
            service = owner.native_type.split(".")[0]
            candidates = (f"{owner.native_type}Policy", f"{service}.ResourcePolicy")
            native = next((n for n in candidates if n in constructs), "")
            if not native:
                return  # a key's or a function's own policy: not modelled
            name, link = f"{owner.name}/Policy", "targets"
        props = MapValue(span, (Entry("policyDocument", span, document), Entry(link, span, attached)))
        derived = frozenset(e.key for e in props.entries)  # CDK writes this policy, not the code
        self.new_resource(unit, native, name, props, span, span, None, framework="cdk", derived=derived)

    def is_network_acl(self, target: ResourceHandle) -> bool:
        draft = self.builder.draft(target.resource_id)
        return draft is not None and draft.native_type == "ec2.NetworkAcl"

    def acl_member(
        self,
        unit: SourceUnit,
        target: ResourceHandle,
        method: str,
        child: Value,
        options: MapValue,
        span: Span,
    ) -> None:
        """CDK `acl.addEntry(id, options)` / `acl.associateWithSubnet(id, selection)`: the
        `NetworkAclEntry` / `SubnetNetworkAclAssociation` CDK creates under the network ACL."""
        owner = self.builder.draft(target.resource_id)
        if owner is None:
            return
        link = Entry("networkAcl", span, Ref(span, owner.id))
        added: frozenset[str] = frozenset()
        if method == "addentry":
            native = "ec2.NetworkAclEntry"
            props, added = cdk_props(native, MapValue(options.span, (link, *options.entries)), span)
        else:
            selection = Entry("subnetSelection", options.span, options)
            native, props = "ec2.SubnetNetworkAclAssociation", MapValue(span, (link, selection))
        name = f"{owner.name}/{child.value if isinstance(child, Literal) else native.split('.')[1]}"
        derived = added | {e.key for e in props.entries if e.key in ("networkAcl", "subnetSelection")}
        self.new_resource(unit, native, name, props, span, span, None, framework="cdk", derived=derived)

    def default_tag(self, unit: SourceUnit, key: Value, value: Value, span: Span) -> None:
        """`Tags.of(scope).add(key, value)`: a tag on every resource, like a provider's defaultTags."""
        name = key.value if isinstance(key, Literal) else "*"
        draft = next((d for d in self.builder.drafts if d.id == "cdk-tags"), None)
        tags = list(draft.props.get("defaultTags").get("tags").entries) if draft else []  # type: ignore[union-attr]
        tags.append(Entry(str(name), span, value))
        props = MapValue(
            span,
            (
                Entry(
                    "defaultTags", span, MapValue(span, (Entry("tags", span, MapValue(span, tuple(tags))),))
                ),
            ),
        )
        if draft is None:
            self.builder._ids.add("cdk-tags")
            self.builder.add_resource(
                ResourceDraft("cdk-tags", "cdk", "aws.Provider", "Tags.of", props, span, span)
            )
        else:
            draft.props = props

    def bind(self, value: Obj, kind: str, name: str, module_level: Span | None = None) -> None:
        """Record how code refers to a resource it just created (a local name or a field), and where a
        module-level name (`module_level`: where it is written) holds a component instance."""
        # an instance created under a condition may not exist: nothing can export through it
        if isinstance(value, ObjectHandle) and module_level is not None and not self.conditions:
            cid = value.cls.component_id
            if cid:
                self.component_instances.setdefault(cid, []).append((name, module_level))
        if isinstance(value, ResourceHandle):
            draft = self.builder.draft(value.resource_id)
            if draft is not None and not draft.binding:
                draft.binding = f"{kind}:{name}"

    def export(self, name: str, value: Obj, span: Span) -> None:
        if isinstance(value, Fn | ModuleHandle):
            return
        self.builder.add_output(Output(name, as_value(value, span), span))


NOT_SDK = object()  # create(): the class is none of the SDKs'
# CDK NetworkAcl's methods that create a construct under it, in both spellings
ACL_METHODS = frozenset({"addEntry", "add_entry", "associateWithSubnet", "associate_with_subnet"})
S = TypeVar("S")  # a statement node of the language being walked
E = TypeVar("E")  # an expression node


class Walker(Generic[S, E]):
    """Names visible in one block (and the `this`/`self` of the enclosing class), and the walk both
    program languages share. Subclasses supply `span`, `text`, `exec`, `_eval` and the two questions
    `exits` and `exit_guard`."""

    def __init__(
        self,
        parent: Walker[S, E] | None,
        program: Interpreter,
        unit: SourceUnit,
        this: ObjectHandle | None,
        top: bool = False,
    ) -> None:
        self.parent = parent
        self.program = program
        self.unit = unit
        self.this = this
        self.top = top
        self.names: dict[str, Obj] = {}
        self.returned: Obj = None

    # what each language says ---------------------------------------------------
    def span(self, node: S | E) -> Span:
        raise NotImplementedError

    def text(self, node: S | E) -> str:
        raise NotImplementedError

    def exec(self, stmt: S) -> None:
        raise NotImplementedError

    def _eval(self, node: E, variable: str | None) -> Obj:
        raise NotImplementedError

    def exits(self, stmt: S) -> bool:
        """A `return` or `throw`/`raise`: nothing after it in the block runs."""
        raise NotImplementedError

    def exit_guard(self, stmt: S) -> E | None:
        """The test of an `if` without `else` whose body always exits (an early return)."""
        raise NotImplementedError

    def condition_text(self, node: E) -> str:
        return self.text(node)

    def callback(self, node: E, receiver: Obj) -> Obj:
        """What the function passed to `.apply(...)` returns, given the value it receives."""
        raise NotImplementedError

    # names ---------------------------------------------------------------------
    def lookup(self, name: str) -> Obj:
        scope: Walker[S, E] | None = self
        while scope is not None:
            if name in scope.names:
                found = scope.names[name]
                if isinstance(found, LazyImport):
                    resolved = self.program.resolve_import(found)
                    if resolved is not None:
                        return resolved
                return found
            scope = scope.parent
        return self.program.symbols.get(name)

    # values --------------------------------------------------------------------
    def eval(self, node: E | None, variable: str | None = None) -> Obj:
        if node is None:
            return None
        self.program.depth += 1
        try:
            if self.program.depth > MAX_DEPTH:
                return Unknown(self.span(node), "...")
            return self._eval(node, variable)
        finally:
            self.program.depth -= 1

    def value_of(self, node: E, variable: str | None = None) -> Value:
        """`node` evaluated as a model value; its span and text are read only for what is not one."""
        return self.as_model(self.eval(node, variable), node)

    def as_model(self, obj: Obj, node: S | E) -> Value:
        return obj if isinstance(obj, Value) else as_value(obj, self.span(node), self.text(node))

    # conditions ----------------------------------------------------------------
    def condition_of(self, test: E, negated: bool = False) -> Condition:
        return Condition(" ".join(self.condition_text(test).split()), self.span(test), negated)

    @contextmanager
    def guarded(self, test: E, negated: bool = False) -> Iterator[None]:
        """What runs inside exists only when `test` holds (or, negated, when it does not)."""
        self.program.conditions.append(self.condition_of(test, negated))
        try:
            yield
        finally:
            self.program.conditions.pop()

    def exec_block(self, stmts: Sequence[S]) -> None:
        """Statements in order: an unconditional exit ends the block; after an early return
        (`if (x) return;`) the rest of the block runs only when its test does not hold."""
        pushed = 0
        try:
            for stmt in stmts:
                if self.exits(stmt):
                    self.exec(stmt)
                    break  # only an unconditional exit ends the block; a return in a branch does not
                guard = self.exit_guard(stmt)
                self.exec(stmt)
                if guard is not None:
                    self.program.conditions.append(self.condition_of(guard, negated=True))
                    pushed += 1
        finally:
            for _ in range(pushed):
                self.program.conditions.pop()

    def if_else(self, test: E, then: Callable[[], object], otherwise: Callable[[], object] | None) -> None:
        self.eval(test)
        with self.guarded(test):
            then()
        if otherwise is not None:
            with self.guarded(test, negated=True):
                otherwise()

    # SDK methods the model follows -------------------------------------------------
    def sdk_method(
        self,
        method: str,
        receiver: E,
        args: Sequence[E],
        span: Span,
        on_tags_of: bool,
        options: Callable[[], MapValue] | None = None,
    ) -> Obj:
        """`x.apply(f)`, `Tags.of(scope).add(k, v)`, `role.addToPolicy(s)`, `this.registerOutputs(...)`,
        in either language's spelling (`add_to_policy`). NOT_SDK when `method` is none of them.
        `options` reads the keyword arguments, for the methods Python passes them to (ACL_METHODS),
        once the method is known to be the SDK's."""
        name = method.replace("_", "").lower()
        if name in ("apply", "then") and args:
            value = self.eval(receiver)
            body = self.callback(args[0], value)
            return Call(span, "apply", (as_value(value, self.span(receiver)), as_value(body, span)))
        if name == "add" and on_tags_of and len(args) >= 2:
            key, tag = (self.value_of(a) for a in args[:2])
            self.program.default_tag(self.unit, key, tag, span)  # CDK/CDKTF Tags.of(scope).add(k, v)
            return None
        if name in ("addtopolicy", "addtoprincipalpolicy", "addtorolepolicy", "addtoresourcepolicy") and args:
            target = self.eval(receiver)
            statement = self.value_of(args[0])
            if isinstance(target, ResourceHandle):
                resource_policy = name == "addtoresourcepolicy"
                self.program.add_statement(self.unit, target, statement, span, resource_policy)
            return None
        if name == "grantpassrole" and args:  # `role.grantPassRole(fn)`: the grantee may pass the role
            target = self.eval(receiver)
            if not isinstance(target, ResourceHandle):
                return NOT_SDK  # another object's method of that name: its own code runs
            grantee = self.eval(args[0])
            if isinstance(grantee, ResourceHandle):
                statement = MapValue(
                    span,
                    (
                        Entry("Effect", span, Literal(span, "Allow")),
                        Entry("Action", span, Literal(span, "iam:PassRole")),
                        Entry("Resource", span, Ref(span, target.resource_id, "arn")),
                    ),
                )
                self.program.add_statement(self.unit, grantee, statement, span, False)
            return None
        if method in ACL_METHODS and args:
            target = self.eval(receiver)
            if not (isinstance(target, ResourceHandle) and self.program.is_network_acl(target)):
                return NOT_SDK  # another object's method of that name: its own code runs
            given = options() if options is not None else self.value_of(args[1]) if len(args) > 1 else None
            if isinstance(given, MapValue):
                self.program.acl_member(self.unit, target, name, self.value_of(args[0]), given, span)
            return None
        if name == "registeroutputs":
            for arg in args:
                self.eval(arg)
            return None
        if name == "tostring" and not args:  # CDK `Fn.getAtt(id, "Arn").toString()`: the token itself
            value = self.eval(receiver)
            return value if isinstance(value, Value) and not isinstance(value, Unknown) else NOT_SDK
        if name == "addoverride" and len(args) == 2:
            return self.output_override(args, span)
        return NOT_SDK

    def output_override(self, args: Sequence[E], span: Span) -> Obj:
        """CDKTF's escape hatch `stack.addOverride("output.name", {value: ...})` (or
        `"output.name.value", ...`) writes a stack output; other overrides are not followed."""
        path = self.eval(args[0])
        parts = str(path.value).split(".") if isinstance(path, Literal) else []
        if len(parts) not in (2, 3) or parts[0] != "output" or parts[2:] not in ([], ["value"]):
            return NOT_SDK
        value = self.eval(args[1])
        if len(parts) == 2:
            value = value.get("value") if isinstance(value, MapValue) else None
        if value is not None:
            self.program.export(parts[1], value, span)
        return None

    # operators -----------------------------------------------------------------
    def choice(self, test: E, when: E | None, otherwise: E | None, span: Span, variable: str | None) -> Obj:
        """`test ? a : b` / `a if test else b`: each branch under its condition; a resource on one
        side and nothing on the other is the resource, created under the condition."""
        self.eval(test)
        with self.guarded(test):
            a = self.eval(when, variable)
        with self.guarded(test, negated=True):
            b = self.eval(otherwise, variable)
        if isinstance(b, Literal) and b.value is None and not isinstance(a, Value):
            return a
        if isinstance(a, Literal) and a.value is None and not isinstance(b, Value):
            return b
        return Call(span, "?:", (as_value(a, span), as_value(b, span)))

    def guarded_by(self, test: E, guarded: E | None, whole: E, variable: str | None) -> Obj:
        """`test && x` / `test and x`: `x` exists only when `test` holds."""
        self.eval(test)
        with self.guarded(test):
            result = self.eval(guarded, variable)
        return result if not isinstance(result, Value) else Unknown(self.span(whole), self.text(whole))

    def concat(self, operands: Sequence[E], whole: E) -> Obj:
        """`a + b`: a string template when a part is a string or a template, else unknown."""
        parts = [self.as_model(self.eval(operand), operand) for operand in operands]
        if any(_is_text(part) for part in parts):
            return template_of(parts, self.span(whole))
        return Unknown(self.span(whole), self.text(whole))

    def either(self, operands: Sequence[E], whole: E) -> Obj:
        """`a || b` / `a or b` / `a ?? b`: the first operand that is a resource or an object."""
        values = [self.eval(operand) for operand in operands]
        handles = [v for v in values if isinstance(v, ResourceHandle | ObjectHandle)]
        return handles[0] if handles else Unknown(self.span(whole), self.text(whole))


def _is_text(value: Value) -> bool:
    return isinstance(value, Template) or (isinstance(value, Literal) and isinstance(value.value, str))


def _props(values: list[Value], keywords: MapValue | None, index: int, span: Span) -> MapValue:
    """The props object at `index`, merged with Python keyword arguments (`args=` unpacked)."""
    base = values[index] if len(values) > index and isinstance(values[index], MapValue) else None
    entries = list(base.entries) if isinstance(base, MapValue) else []
    for entry in keywords.entries if keywords is not None else ():
        if entry.key in ("opts", "resource_name", "scope", "id"):
            continue
        if entry.key == "args" and isinstance(entry.value, MapValue):
            entries.extend(entry.value.entries)
        else:
            entries.append(entry)
    return MapValue(base.span if isinstance(base, MapValue) else span, tuple(entries))


def as_value(obj: Obj, span: Span, text: str = "") -> Value:
    """A model value for something the interpreter produced (handles become references)."""
    if isinstance(obj, Value):
        return obj
    if isinstance(obj, ResourceHandle):
        return Ref(span, obj.resource_id)
    if isinstance(obj, ModuleHandle):  # an SDK constant such as aws.lambda.Runtime.NodeJS16dX
        from iacreview.sdkdata import sdk_constant

        constant = sdk_constant(obj.path)
        return Literal(span, constant) if constant is not None else Unknown(span, obj.path)
    if isinstance(obj, ObjectHandle):
        refs = tuple(as_value(v, span) for v in obj.fields.values() if not isinstance(v, Fn | ModuleHandle))
        return Call(span, f"new {obj.cls.name}", refs)
    return Unknown(span, text)


def member(obj: Obj, name: str, span: Span, text: str, interp: Interpreter) -> Obj:
    """`obj.name` for any interpreter value."""
    if isinstance(obj, ModuleHandle):
        return obj.member(name)
    if isinstance(obj, ResourceHandle):
        return Ref(span, obj.resource_id, name)
    if isinstance(obj, Ref):
        return Ref(span, obj.target, f"{obj.attr}.{name}" if obj.attr else name)
    if isinstance(obj, ObjectHandle):
        if name in obj.fields:
            return obj.fields[name]
        if name in obj.methods:
            return obj.methods[name]
        return Unknown(span, text)
    if isinstance(obj, MapValue):
        found = obj.get(name)
        return found if found is not None else Unknown(span, text)
    if isinstance(obj, Call) and name in ("json", "minifiedJson", "minified_json"):
        return obj  # getPolicyDocument(...).json: the document itself
    if isinstance(obj, LazyImport):
        return member(interp.symbols.get(obj.name, Unknown(span, text)), name, span, text, interp)
    return Unknown(span, text)


def template_of(parts: list[Value], span: Span) -> Value:
    """A string from parts; a plain literal when every part is one."""
    merged: list[Value] = []
    for part in parts:
        if isinstance(part, Template):
            merged.extend(part.parts)
        else:
            merged.append(part)
    if all(isinstance(p, Literal) for p in merged):
        return Literal(span, "".join("" if p.value is None else str(p.value) for p in merged))  # type: ignore[attr-defined]
    return Template(span, tuple(merged))


def written_name(value: Value) -> str:
    """The name as written, with `*` for computed parts (for glob patterns in configuration)."""
    if isinstance(value, Literal) and value.value is not None:
        return str(value.value)
    if isinstance(value, Template):
        return "".join(str(p.value) if isinstance(p, Literal) else "*" for p in value.parts)
    return ""


def display_name(value: Value, variable: str | None, fallback: str) -> str:
    """A readable logical name: a literal as it is; for a computed name, the variable it is bound to."""
    if isinstance(value, Literal) and value.value is not None:
        return str(value.value)
    if variable:
        return variable
    if isinstance(value, Template):
        return "".join(str(p.value) if isinstance(p, Literal) else "${...}" for p in value.parts)
    return fallback
