"""Pulumi Python, read with the stdlib `ast` (about 14x faster than libcst) and evaluated abstractly."""

from __future__ import annotations

import ast
import posixpath
import re
import warnings

from iacreview.frontends.base import MAX_RECOVERIES, ProjectBuilder, SourceUnit, blank_line_at
from iacreview.frontends.frameworks import assume_role_policy, py_module_path
from iacreview.frontends.interp import (
    ACL_METHODS,
    NOT_SDK,
    Fn,
    Interpreter,
    LazyImport,
    ModuleHandle,
    Obj,
    ObjectHandle,
    Walker,
    as_value,
    is_component_base,
    member,
    template_of,
)
from iacreview.model import Call, ListValue, Literal, MapValue, Span, Unknown, Value
from iacreview.model.span import span_from
from iacreview.model.values import Entry


def is_pulumi_source(text: bytes) -> bool:
    return b"pulumi" in text


class PythonProgram(Interpreter):
    def __init__(self, builder: ProjectBuilder, symbols: dict[str, Obj]) -> None:
        super().__init__(builder, symbols)
        self.modules: list[tuple[SourceUnit, ast.Module]] = []
        self.spans: dict[int, Span] = {}  # by node identity: every tree stays alive in `modules`

    def add(self, unit: SourceUnit) -> None:
        source = unit.text.decode("utf-8-sig", "replace")
        tree = None
        for attempt in range(MAX_RECOVERIES + 1):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    tree = ast.parse(source, filename=unit.display_name)
                break
            except SyntaxError as exc:
                line = max((exc.lineno or 1) - 1, 0)
                if attempt == 0:
                    col = max((exc.offset or 1) - 1, 0)
                    self.builder.problem(unit.span_at(line, col, line, col + 1), f"syntax error: {exc.msg}")
                # generated answers mix prose lines into code: blank the line (same length) and go on
                blanked = blank_line_at(source, line)
                if blanked is None:
                    return
                source = blanked
            except (ValueError, RecursionError, MemoryError) as exc:
                self.builder.problem(unit.span(0, 1), f"cannot parse: {exc}")
                return
        if tree is None:
            return
        self.modules.append((unit, tree))
        self.add_module(unit, tree, _module_key(unit.display_name))

    def run(self) -> None:
        for unit, tree in self.modules:
            self.run_module(unit, tree)
        self.finish()

    def run_module(self, unit: SourceUnit, tree: ast.Module) -> None:
        if not self.start_module(unit):
            return
        scope = Scope(None, self, unit, None, top=True)
        scope.exec_block(tree.body)

    def import_targets(self, importer: str, module: str) -> list[str]:
        """The modules an import may name: the one its dotted path (relative: from the importing
        file's package) leads to when the project has it; else every module of that name."""
        level = len(module) - len(module.lstrip("."))
        dotted = module[level:]
        if level:
            package = posixpath.dirname(importer.replace("\\", "/"))
            for _ in range(level - 1):
                package = posixpath.dirname(package)
            path = posixpath.join(package, *dotted.split(".")) if dotted else package
        else:
            path = dotted.replace(".", "/")
        exact = [
            key for key in (_module_key(path), _module_key(path + "/__init__")) if key in self.module_keys
        ]
        if not level:  # an absolute module path names a module of the project root or below it
            exact = exact or sorted(key for key in self.module_keys if key.endswith("/" + _module_key(path)))
        if exact:
            return exact[:1]
        tail = dotted.rsplit(".", 1)[-1]
        return [key for key in self.pending if key.endswith("/" + tail) or key == tail]


def _module_key(path: str) -> str:
    return re.sub(r"\.py$", "", path.replace("\\", "/")).lstrip("./")


class Scope(Walker[ast.stmt, ast.expr]):
    """Python syntax mapped onto the shared walk."""

    program: PythonProgram
    self_name = "self"

    def span(self, node: ast.AST) -> Span:
        # asked for every node, often several times: computed once, kept by the program
        known = self.program.spans.get(id(node))
        if known is not None:
            return known
        starts = self.unit.lines.starts
        last = len(starts) - 1
        line = getattr(node, "lineno", 1) - 1
        end_line = (getattr(node, "end_lineno", None) or line + 1) - 1
        start = starts[min(line, last)] + getattr(node, "col_offset", 0)  # columns are UTF-8 bytes
        end = max(start, starts[min(end_line, last)] + (getattr(node, "end_col_offset", None) or 0))
        base = self.unit.base
        span = self.program.spans[id(node)] = span_from((self.unit.path, base + start, base + end))
        return span

    def text(self, node: ast.AST) -> str:
        span = self.span(node)
        return self.unit.text[span.start - self.unit.base : span.end - self.unit.base].decode(
            "utf-8", "replace"
        )

    def exits(self, stmt: ast.stmt) -> bool:
        return isinstance(stmt, ast.Return | ast.Raise)

    def callback(self, node: ast.expr, receiver: Obj) -> Obj:
        fn = self.eval(node)
        return self.program.call(fn) if isinstance(fn, Fn) else fn

    def exit_guard(self, stmt: ast.stmt) -> ast.expr | None:
        # an early `raise` is input validation: what follows runs in every valid environment
        if (
            isinstance(stmt, ast.If)
            and not stmt.orelse
            and stmt.body
            and isinstance(stmt.body[-1], ast.Return)
        ):
            return stmt.test
        return None

    # statements ------------------------------------------------------------------
    def exec(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                sdk = py_module_path(alias.name)
                bound = alias.asname or alias.name.split(".")[0]
                if sdk is not None:
                    self.names[bound] = ModuleHandle(sdk if alias.asname else py_module_path(bound) or sdk)
                else:
                    self.names[bound] = LazyImport("*", alias.name, self.unit.display_name)
        elif isinstance(stmt, ast.ImportFrom):
            module = "." * stmt.level + (stmt.module or "")  # `from .stack import X` is relative
            sdk = py_module_path(module) if not stmt.level else None
            for alias in stmt.names:
                bound = alias.asname or alias.name
                if sdk is not None:
                    self.names[bound] = ModuleHandle(sdk).member(alias.name)
                else:
                    self.names[bound] = LazyImport(alias.name, module, self.unit.display_name)
        elif isinstance(stmt, ast.Assign | ast.AnnAssign):
            value_node = stmt.value
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            var = _target_name(targets[0]) if targets else None
            value = self.eval(value_node, variable=var) if value_node is not None else None
            for target in targets:
                self.store(target, value)
        elif isinstance(stmt, ast.Expr):
            self.eval(stmt.value)
        elif isinstance(stmt, ast.If):
            body, orelse = stmt.body, stmt.orelse
            self.if_else(
                stmt.test,
                lambda: self.exec_block(body),
                (lambda: self.exec_block(orelse)) if orelse else None,
            )
        elif isinstance(stmt, ast.Return):
            result = self.eval(stmt.value) if stmt.value is not None else Unknown(self.span(stmt), "return")
            if self.returned is None:
                self.returned = result
        elif isinstance(stmt, ast.Raise):
            pass
        elif isinstance(stmt, ast.ClassDef):
            self.declare_class(stmt)
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            fn = self.function(stmt, stmt.name, None)
            self.names[stmt.name] = fn
            if self.top:
                self.program.symbols.setdefault(stmt.name, fn)
        elif isinstance(stmt, ast.For | ast.AsyncFor | ast.While):
            if isinstance(stmt, ast.For | ast.AsyncFor):
                self.eval(stmt.iter)
                for name in _names_in(stmt.target):
                    self.names[name] = Unknown(self.span(stmt.target), name)
            self.exec_block(stmt.body)
        elif isinstance(stmt, ast.With | ast.AsyncWith):
            for item in stmt.items:
                self.eval(item.context_expr)
            self.exec_block(stmt.body)
        elif isinstance(stmt, ast.Try):
            self.exec_block(stmt.body)
            for handler in stmt.handlers:
                self.exec_block(handler.body)
            self.exec_block(stmt.orelse)
            self.exec_block(stmt.finalbody)
        elif hasattr(ast, "Match") and isinstance(stmt, ast.Match):
            for case in stmt.cases:
                text = f"{self.text(stmt.subject)} == {self.text(case.pattern)}"
                with self.program.condition(text, self.span(case.pattern)):
                    self.exec_block(case.body)

    def store(self, target: ast.expr, value: Obj) -> None:
        if isinstance(target, ast.Name):
            self.program.bind(value, "local", target.id, self.span(target) if self.top else None)
            self.names[target.id] = value
            if self.top:
                self.program.symbols[target.id] = value
        elif isinstance(target, ast.Attribute):
            owner = self.eval(target.value)
            if isinstance(owner, ObjectHandle):
                owner.fields[target.attr] = value
                self.program.bind(value, "field", target.attr)
        elif isinstance(target, ast.Tuple | ast.List):
            for name in _names_in(target):
                self.names[name] = Unknown(self.span(target), name)

    def declare_class(self, node: ast.ClassDef) -> Fn:
        fn = Fn(f"{self.unit.display_name}:{node.name}", "class", node, self._run_class, name=node.name)
        self.names[node.name] = fn
        if self.top:
            self.program.symbols.setdefault(node.name, fn)
        self.program.register(fn)
        for base in node.bases:
            base_obj = self.eval(base)
            if (isinstance(base_obj, ModuleHandle) and is_component_base(base_obj.path)) or (
                isinstance(base_obj, Fn) and base_obj.component_id
            ):
                span = self.span(node)
                name_span = Span(span.file, span.start, span.start + len(f"class {node.name}"))
                fn.component_id = self.program.declare_component(node.name, self.text(base), name_span)
        return fn

    def _run_class(self, fn: Fn) -> Obj:
        node: ast.ClassDef = fn.node
        this = ObjectHandle(fn)
        scope = Scope(self, self.program, self.unit, this)
        init = None
        for stmt in node.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                if stmt.name == "__init__":
                    init = stmt
                else:
                    this.methods[stmt.name] = scope.function(
                        stmt, f"{node.name}.{stmt.name}", this, kind="method"
                    )
            elif isinstance(stmt, ast.Assign | ast.AnnAssign):
                scope.exec(stmt)
        if init is not None:
            scope.run_function(init, this)
        return this

    def function(
        self,
        node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
        name: str,
        this: ObjectHandle | None,
        kind: str = "function",
    ) -> Fn:
        def run(fn: Fn) -> Obj:
            return self.run_function(node, this)

        return self.program.register(
            Fn(f"{self.unit.display_name}:{name}@{node.lineno}", kind, node, run, name)
        )

    def run_function(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, this: ObjectHandle | None
    ) -> Obj:
        scope = Scope(self, self.program, self.unit, this if this is not None else self.this)
        params = [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
        if this is not None and params and not isinstance(node, ast.Lambda):
            scope.self_name = params[0]
            scope.names[params[0]] = this
            params = params[1:]
        for name in params:
            scope.names[name] = Unknown(self.span(node), name)
        if isinstance(node, ast.Lambda):
            return scope.eval(node.body)
        scope.exec_block(node.body)
        return scope.returned

    # expressions ---------------------------------------------------------------------
    def _eval(self, node: ast.expr, variable: str | None) -> Obj:
        span = self.span(node)
        if isinstance(node, ast.Constant):
            constant = node.value
            if isinstance(constant, str | int | float | bool) or constant is None:
                return Literal(span, constant)
            return Unknown(span, self.text(node))
        if isinstance(node, ast.JoinedStr):
            parts: list[Value] = []
            for part in node.values:
                if isinstance(part, ast.Constant):
                    parts.append(Literal(self.span(part), str(part.value)))
                elif isinstance(part, ast.FormattedValue):
                    parts.append(self.value_of(part.value))
            return template_of(parts, span)
        if isinstance(node, ast.Name):
            found = self.lookup(node.id)
            return found if found is not None else Unknown(span, node.id)
        if isinstance(node, ast.Attribute):
            return member(self.eval(node.value), node.attr, span, self.text(node), self.program)
        if isinstance(node, ast.Subscript):
            obj = self.eval(node.value)
            index = self.eval(node.slice)
            if isinstance(index, Literal) and isinstance(index.value, str):
                return member(obj, index.value, span, self.text(node), self.program)
            if isinstance(obj, ListValue) and isinstance(index, Literal) and isinstance(index.value, int):
                return (
                    obj.items[index.value]
                    if -len(obj.items) <= index.value < len(obj.items)
                    else Unknown(span, "")
                )
            return Unknown(span, self.text(node))
        if isinstance(node, ast.Dict):
            entries: list[Entry] = []
            for key, value in zip(node.keys, node.values, strict=False):
                if key is None:  # {**other}
                    inner = self.eval(value)
                    if isinstance(inner, MapValue):
                        entries.extend(inner.entries)
                    continue
                key_value = self.eval(key)
                name = str(key_value.value) if isinstance(key_value, Literal) else self.text(key)
                entries.append(
                    Entry(
                        name,
                        self.span(key),
                        self.value_of(value, name),
                    )
                )
            return MapValue(span, tuple(entries))
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            items: list[Value] = []
            for elt in node.elts:
                if isinstance(elt, ast.Starred):
                    inner = self.eval(elt.value)
                    if isinstance(inner, ListValue):
                        items.extend(inner.items)
                    continue
                items.append(self.value_of(elt))
            return ListValue(span, tuple(items))
        if isinstance(node, ast.Call):
            return self.call(node, variable)
        if isinstance(node, ast.IfExp):
            return self.choice(node.test, node.body, node.orelse, span, variable)
        if isinstance(node, ast.BoolOp):
            if isinstance(node.op, ast.And) and len(node.values) >= 2:
                return self.guarded_by(node.values[0], node.values[-1], node, variable)
            return self.either(node.values, node)
        if isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.Add):
                return self.concat([node.left, node.right], node)
            self.eval(node.left)
            self.eval(node.right)
            return Unknown(span, self.text(node))
        if isinstance(node, ast.Lambda):
            return self.function(node, variable or f"<lambda@{node.lineno}>", None)
        if isinstance(node, ast.Await):
            return self.eval(node.value, variable)
        if isinstance(node, ast.NamedExpr):
            bound = self.eval(node.value, node.target.id)
            self.names[node.target.id] = bound
            return bound
        if isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp | ast.DictComp):
            inner = self.child_scope()
            for gen in node.generators:
                inner.eval(gen.iter)
                for name in _names_in(gen.target):
                    inner.names[name] = Unknown(self.span(gen.target), name)
            body = node.elt if not isinstance(node, ast.DictComp) else node.value
            return ListValue(span, (as_value(inner.eval(body), span),))
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.eval(child)
        return Unknown(span, self.text(node))

    def child_scope(self) -> Scope:
        return Scope(self, self.program, self.unit, self.this)

    def call(self, node: ast.Call, variable: str | None) -> Obj:
        span = self.span(node)
        func = node.func
        fname = self.text(func)
        if (
            fname
            in ("json.dumps", "pulumi.Output.json_dumps", "pulumi.Output.from_input", "pulumi.Output.secret")
            and node.args
        ):
            return self.eval(node.args[0], variable)
        if isinstance(func, ast.Attribute):
            on_tags_of = isinstance(func.value, ast.Call) and self.text(func.value.func).endswith("Tags.of")
            method_args = list(node.args)
            if on_tags_of:  # `Tags.of(self).add(key="Owner", value="team")`: the keywords in order
                named = {kw.arg: kw.value for kw in node.keywords}
                method_args += [named[k] for k in ("key", "value")[len(method_args) :] if k in named]
            # CDK `acl.add_entry("Id", cidr=..., traffic=...)`: the options are keywords
            options = (lambda: self.kwargs_map(node)) if func.attr in ACL_METHODS and node.keywords else None
            handled = self.sdk_method(func.attr, func.value, method_args, span, on_tags_of, options)
            if handled is not NOT_SDK:
                return handled
        if fname in ("super().__init__",) or (isinstance(func, ast.Attribute) and func.attr == "__init__"):
            return None
        callee = self.eval(func)
        if isinstance(callee, ModuleHandle):
            path = callee.path
            if path == "pulumi.export" and node.args:
                label = self.eval(node.args[0])
                exported = self.eval(node.args[1]) if len(node.args) > 1 else Unknown(span, "")
                shown = str(label.value) if isinstance(label, Literal) else self.text(node.args[0])
                self.program.export(shown, exported, span)
                return None
            if path.startswith("pulumi.ResourceOptions"):
                return self.kwargs_map(node)
            positional = [(self.eval(a), self.span(a), self.text(a)) for a in node.args]
            made = self.program.create(
                self.unit, path, positional, self.kwargs_map(node), span, self.span(node.func), variable
            )
            if made is not NOT_SDK:
                return made
            if path in ("pulumi.Output.all", "pulumi.Output.concat", "pulumi.Output.format"):
                values = [self.value_of(a) for a in node.args]
                if path == "pulumi.Output.all":
                    return ListValue(span, tuple(values))
                return template_of(values[1:] if path.endswith("format") else values, span)
            if path == "aws.iam.assume_role_policy_for_principal" and node.args:
                return assume_role_policy(as_value(self.eval(node.args[0]), span), span)
            args = tuple(self.value_of(a) for a in node.args)
            kwargs = self.kwargs_map(node)
            return Call(span, path, (*args, kwargs) if kwargs.entries else args)
        if fname == "dict":
            return self.kwargs_map(node)
        results = [self.eval(a) for a in node.args]
        results.extend(self.eval(kw.value) for kw in node.keywords)
        if isinstance(callee, Fn):
            for v in results:
                if isinstance(v, Fn):
                    self.program.call(v)
            if callee.kind == "class":
                return self.program.instantiate(callee)
            return self.program.call(callee)
        for v in results:
            if isinstance(v, Fn):
                self.program.call(v)
        return Unknown(span, self.text(node))

    def kwargs_map(self, node: ast.Call) -> MapValue:
        entries: list[Entry] = []
        for kw in node.keywords:
            value = self.eval(kw.value, kw.arg)
            if kw.arg is None:
                if isinstance(value, MapValue):
                    entries.extend(value.entries)
                continue
            kw_span = self.span(kw)
            key_span = Span(kw_span.file, kw_span.start, kw_span.start + len(kw.arg.encode()))
            entries.append(Entry(kw.arg, key_span, self.as_model(value, kw.value)))
        return MapValue(self.span(node), tuple(entries))


def _target_name(target: ast.expr) -> str | None:
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    return None


def _names_in(target: ast.AST) -> list[str]:
    return [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]


def load(units: list[SourceUnit], builder: ProjectBuilder) -> None:
    program = PythonProgram(builder, {})
    for unit in units:
        program.add(unit)
    program.run()
