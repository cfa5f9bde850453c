"""Pulumi TypeScript / JavaScript, read with tree-sitter and evaluated abstractly (see interp.py)."""

from __future__ import annotations

import json
import posixpath
import re
from functools import cache
from typing import Any

from iacreview.frontends.base import (
    FrontendError,
    ProjectBuilder,
    SourceUnit,
    first_error,
    number,
    recovering_parse,
    report_syntax_error,
)
from iacreview.frontends.frameworks import assume_role_policy, ts_module_path
from iacreview.frontends.interp import (
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
from iacreview.model import Call, ListValue, Literal, MapValue, Ref, Span, Unknown, Value
from iacreview.model.span import span_from
from iacreview.model.values import Entry

Node = Any  # tree_sitter.Node


@cache
def _parser(tsx: bool) -> Any:
    import tree_sitter
    import tree_sitter_typescript as tst

    lang = tst.language_tsx() if tsx else tst.language_typescript()
    return tree_sitter.Parser(tree_sitter.Language(lang))


def parse_code(text: bytes, tsx: bool = False) -> Node:
    return _parser(tsx).parse(text).root_node


def parse_tree(unit: SourceUnit) -> Node:
    return parse_code(unit.text, unit.display_name.endswith((".tsx", ".jsx")))


def recovered_tree(unit: SourceUnit, first: Node) -> Node:
    """The tree to read when `first` has syntax errors: parsed past them (see recovering_parse)."""
    if first_error(first, missing=False) is None:
        return first
    parser = _parser(unit.display_name.endswith((".tsx", ".jsx")))
    return recovering_parse(unit.text, lambda text: parser.parse(text).root_node, keep=(b"import ",))


def is_pulumi_source(text: bytes) -> bool:
    return b"@pulumi/" in text


class TypeScriptProgram(Interpreter):
    """Evaluates the TypeScript files of one project."""

    def __init__(self, builder: ProjectBuilder, symbols: dict[str, Obj]) -> None:
        super().__init__(builder, symbols)
        self.units: list[tuple[SourceUnit, Node]] = []

    # files ------------------------------------------------------------------
    def add(self, unit: SourceUnit) -> None:
        root = parse_tree(unit)
        report_syntax_error(self.builder, unit, root)
        root = recovered_tree(unit, root)
        self.units.append((unit, root))
        self.add_module(unit, root, _module_key(unit.display_name))

    def run(self) -> None:
        for unit, root in self.units:
            self.run_module(unit, root)
        self.finish()

    def run_module(self, unit: SourceUnit, root: Node) -> None:
        if not self.start_module(unit):
            return
        scope = Scope(None, self, unit, this=None, top=True)
        for child in root.named_children:  # imports bind first: a class's base names one
            if child.type == "import_statement":
                scope.import_(child)
        for child in root.named_children:  # then hoist declarations, so order does not matter
            scope.hoist(child)
        scope.exec_block(root.named_children)

    def import_targets(self, importer: str, module: str) -> list[str]:
        """The modules an import may name: the file its relative path leads to (or that folder's
        index) when the project has it; else every module of that name, as the file names of a
        Markdown answer are often loose."""
        if module.startswith("."):
            path = posixpath.normpath(posixpath.join(posixpath.dirname(importer.replace("\\", "/")), module))
            exact = [
                key for key in (_module_key(path), _module_key(path + "/index")) if key in self.module_keys
            ]
            if exact:
                return exact[:1]
        stem = _module_key(module)
        tail = stem.rsplit("/", 1)[-1]
        return [key for key in self.pending if key in (stem, tail) or key.endswith("/" + tail)]


def _module_key(path: str) -> str:
    path = path.replace("\\", "/")
    path = re.sub(r"\.(d\.ts|tsx?|jsx?|mjs|cjs)$", "", path)
    return path.lstrip("./")


def _string_value(node: Node) -> str:
    raw = str(node.text.decode("utf-8", "replace"))
    if len(raw) >= 2 and raw[0] in "'\"`":
        body = raw[1:-1]
        if "\\" not in body:
            return body
        try:
            return str(json.loads('"' + body.replace('"', '\\"').replace("\\'", "'") + '"'))
        except ValueError:
            return body
    return raw


def _escape_value(escape: str) -> str:
    """A template literal's escape sequence as the character it stands for (`\\$` is `$`)."""
    try:
        return str(json.loads(f'"{escape}"'))
    except ValueError:
        return escape[1:] if escape[1:2] not in "xu" else escape  # JS: `\q` is `q`


class Scope(Walker[Node, Node]):
    """TypeScript syntax mapped onto the shared walk."""

    program: TypeScriptProgram

    # the language's part -----------------------------------------------------------
    def span(self, node: Node) -> Span:
        base = self.unit.base  # SourceUnit.span, without two calls: asked for every node evaluated
        return span_from((self.unit.path, base + node.start_byte, base + node.end_byte))

    def text(self, node: Node) -> str:
        return str(node.text.decode("utf-8", "replace"))

    def condition_text(self, node: Node) -> str:
        text = self.text(node)
        return text[1:-1] if text.startswith("(") and text.endswith(")") else text

    def exits(self, stmt: Node) -> bool:
        return stmt.type in ("return_statement", "throw_statement")

    def callback(self, node: Node, receiver: Obj) -> Obj:
        if node.type in ("arrow_function", "function_expression"):
            return self.run_function(node, None, bind=receiver)
        return self.eval(node)

    def exit_guard(self, stmt: Node) -> Node | None:
        if stmt.type == "if_statement" and stmt.child_by_field_name("alternative") is None:
            body = stmt.child_by_field_name("consequence")
            if body is not None and _ends_in_return(body):
                return stmt.child_by_field_name("condition")
        return None

    def assign(self, name: str, value: Obj) -> None:
        scope: Walker[Node, Node] | None = self
        while scope is not None:
            if name in scope.names:
                scope.names[name] = value
                return
            scope = scope.parent
        self.names[name] = value

    def child(self) -> Scope:
        return Scope(self, self.program, self.unit, self.this)

    # declarations ---------------------------------------------------------------
    def hoist(self, node: Node) -> None:
        if node.type == "export_statement":
            decl = node.child_by_field_name("declaration")
            if decl is not None:
                self.hoist(decl)
            return
        if node.type in ("class_declaration", "abstract_class_declaration", "class"):
            self.declare_class(node)
        elif node.type in ("function_declaration", "generator_function_declaration"):
            name = node.child_by_field_name("name")
            if name is not None:
                fn = self.function(node, self.text(name))
                self.names[fn.name] = fn
                if self.top:
                    self.program.symbols.setdefault(fn.name, fn)

    def declare_class(self, node: Node) -> Fn | None:
        name_node = node.child_by_field_name("name")
        if name_node is None:
            return None
        name = self.text(name_node)
        if isinstance(self.names.get(name), Fn):
            return self.names[name]  # type: ignore[return-value]
        base = ""
        for child in node.named_children:
            if child.type == "class_heritage":
                for clause in child.named_children:
                    if clause.type == "extends_clause":
                        value = clause.child_by_field_name("value") or clause.named_children[0]
                        base = self.text(value)
        fn = Fn(f"{self.unit.display_name}:{name}", "class", node, self._run_class, name=name)
        fn.base_text = base  # type: ignore[attr-defined]
        self.names[name] = fn
        if self.top:
            self.program.symbols.setdefault(name, fn)
        self.program.register(fn)
        base_obj = self.eval_name_path(base) if base else None
        if (isinstance(base_obj, ModuleHandle) and is_component_base(base_obj.path)) or (
            isinstance(base_obj, Fn) and base_obj.component_id
        ):
            fn.component_id = self.program.declare_component(name, base, self.span(name_node))
        return fn

    def eval_name_path(self, text: str) -> Obj:
        text = re.sub(r"<.*$", "", text).strip()
        parts = text.split(".")
        obj = self.lookup(parts[0])
        for part in parts[1:]:
            if isinstance(obj, ModuleHandle):
                obj = obj.member(part)
            else:
                return None
        return obj

    def function(self, node: Node, name: str) -> Fn:
        def run(fn: Fn) -> Obj:
            return self.run_function(node, None)

        return self.program.register(
            Fn(f"{self.unit.display_name}:{name}@{node.start_byte}", "function", node, run, name)
        )

    def run_function(self, node: Node, this: ObjectHandle | None, bind: Obj = None) -> Obj:
        scope = Scope(self, self.program, self.unit, this if this is not None else self.this)
        params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if params is not None:
            for pname in _param_names(params):
                scope.names[pname] = Unknown(self.span(params), pname)
            if params.type == "identifier" and bind is not None:
                scope.names[self.text(params)] = bind
        body = node.child_by_field_name("body")
        if body is None:
            return None
        if body.type == "statement_block":
            for child in body.named_children:
                scope.hoist(child)
            scope.exec_block(body.named_children)
            return scope.returned
        return scope.eval(body)

    def _run_class(self, fn: Fn) -> Obj:
        node = fn.node
        this = ObjectHandle(fn)
        body = node.child_by_field_name("body")
        ctor = None
        scope = Scope(self, self.program, self.unit, this)
        if body is not None:
            for member_node in body.named_children:
                if member_node.type == "method_definition":
                    mname = self.text(member_node.child_by_field_name("name"))
                    if mname == "constructor":
                        ctor = member_node
                    else:
                        this.methods[mname] = self._method(member_node, mname, this, fn)
            for member_node in body.named_children:
                if member_node.type in ("public_field_definition", "field_definition"):
                    value = member_node.child_by_field_name("value")
                    name = member_node.child_by_field_name("name") or member_node.child_by_field_name(
                        "property"
                    )
                    if value is not None and name is not None:
                        this.fields[self.text(name)] = scope.eval(value, variable=self.text(name))
                        self.program.bind(this.fields[self.text(name)], "field", self.text(name))
        if ctor is not None:
            scope.run_function(ctor, this)
        return this

    def _method(self, node: Node, name: str, this: ObjectHandle, cls: Fn) -> Fn:
        def run(fn: Fn) -> Obj:
            return self.run_function(node, this)

        return self.program.register(Fn(f"{cls.key}.{name}", "method", node, run, name))

    # statements -------------------------------------------------------------------
    def exec(self, node: Node) -> None:
        t = node.type
        if t in ("lexical_declaration", "variable_declaration"):
            for decl in node.named_children:
                if decl.type == "variable_declarator":
                    self.declare(decl)
        elif t == "expression_statement":
            for child in node.named_children:
                self.eval(child)
        elif t == "import_statement":
            self.import_(node)
        elif t == "export_statement":
            self.export(node)
        elif t == "if_statement":
            self.if_(node)
        elif t == "statement_block":
            scope = self.child()
            for child in node.named_children:
                scope.hoist(child)
            scope.exec_block(node.named_children)
            if self.returned is None:
                self.returned = scope.returned
        elif t == "return_statement":
            value = node.named_children[0] if node.named_children else None
            result = self.eval(value) if value is not None else Unknown(self.span(node), "return")
            if self.returned is None:
                self.returned = result
        elif t in ("class_declaration", "abstract_class_declaration"):
            self.declare_class(node)
        elif t in ("function_declaration", "generator_function_declaration"):
            self.hoist(node)
        elif t in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            body = node.child_by_field_name("body")
            if body is not None:
                scope = self.child()
                left = node.child_by_field_name("left")
                if left is not None:
                    for pname in _param_names(left):
                        scope.names[pname] = Unknown(self.span(left), pname)
                right = node.child_by_field_name("right")
                if right is not None:
                    self.eval(right)
                scope.exec(body)
        elif t == "try_statement":
            for field_name in ("body", "handler", "finalizer"):
                part = node.child_by_field_name(field_name)
                if part is not None:
                    block = part.child_by_field_name("body") if part.type != "statement_block" else part
                    if block is not None:
                        self.exec(block)
        elif t == "switch_statement":
            self.switch(node)
        elif t == "throw_statement":
            for child in node.named_children:
                self.eval(child)

    def declare(self, decl: Node) -> None:
        name = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name is None:
            return
        if name.type == "identifier":
            result = self.eval(value, variable=self.text(name)) if value is not None else None
            self.program.bind(result, "local", self.text(name), self.span(name) if self.top else None)
            self.names[self.text(name)] = result
            if self.top:
                self.program.symbols.setdefault(self.text(name), result)
            return
        obj = self.eval(value) if value is not None else None
        for pname in _param_names(name):  # destructuring: `const { a, b } = obj`
            self.names[pname] = member(obj, pname, self.span(name), pname, self.program)

    def import_(self, node: Node) -> None:
        source = node.child_by_field_name("source")
        if source is None:
            return
        module = _string_value(source)
        sdk = ts_module_path(module)
        for clause in node.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "namespace_import" or part.type == "identifier":
                    ident = part.named_children[0] if part.type == "namespace_import" else part
                    self.names[self.text(ident)] = (
                        ModuleHandle(sdk) if sdk else LazyImport("*", module, self.unit.display_name)
                    )
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        if spec.type != "import_specifier":
                            continue
                        original = self.text(spec.child_by_field_name("name"))
                        alias_node = spec.child_by_field_name("alias")
                        alias = self.text(alias_node) if alias_node is not None else original
                        self.names[alias] = (
                            ModuleHandle(sdk).member(original)
                            if sdk
                            else LazyImport(original, module, self.unit.display_name)
                        )

    def export(self, node: Node) -> None:
        decl = node.child_by_field_name("declaration")
        main = node.child_by_field_name("value")
        if main is None and any(c.type == "=" for c in node.children):  # `export = ...`
            main = next((c for c in node.named_children if c.type != "comment"), None)
        if main is not None:
            self.main_program(main)
            return
        if decl is not None:
            self.exec(decl)
            if decl.type in ("lexical_declaration", "variable_declaration"):
                for d in decl.named_children:
                    name = d.child_by_field_name("name")
                    if d.type == "variable_declarator" and name is not None and name.type == "identifier":
                        self.program.export(self.text(name), self.names.get(self.text(name)), self.span(d))
            return
        for clause in node.named_children:
            if clause.type == "export_clause":
                for spec in clause.named_children:
                    name = spec.child_by_field_name("name")
                    alias = spec.child_by_field_name("alias")
                    if name is not None:
                        value = self.lookup(self.text(name))
                        shown = self.text(alias) if alias is not None else self.text(name)
                        self.program.export(shown, value, self.span(spec))

    def main_program(self, node: Node) -> None:
        """`export = async () => {...}` / `export default async function () {...}`: Pulumi runs the
        function as the program, and the object it returns holds the stack outputs."""
        value = self.eval(node)
        if not isinstance(value, Fn):
            return
        returned = self.program.call(value)
        if isinstance(returned, MapValue):
            for entry in returned.entries:
                self.program.export(entry.key, entry.value, entry.key_span)

    def if_(self, node: Node) -> None:
        cond = node.child_by_field_name("condition")
        cons = node.child_by_field_name("consequence")
        alt = node.child_by_field_name("alternative")
        if cond is None:
            return

        def then() -> None:
            if cons is not None:
                self.exec(cons)

        def otherwise() -> None:
            for child in alt.named_children:
                self.exec(child)

        self.if_else(cond, then, otherwise if alt is not None else None)

    def switch(self, node: Node) -> None:
        value = node.child_by_field_name("value")
        body = node.child_by_field_name("body")
        if body is None or value is None:
            return
        subject = self.text(value).strip("()")
        for case in body.named_children:
            test = case.child_by_field_name("value")
            text = f"{subject} === {self.text(test)}" if test is not None else f"{subject} (default)"
            with self.program.condition(text, self.span(case)):
                for stmt in case.named_children[1:] if test is not None else case.named_children:
                    self.exec(stmt)

    # expressions -------------------------------------------------------------------
    def _eval(self, node: Node, variable: str | None) -> Obj:
        t = node.type
        span = self.span(node)
        if t == "string":
            return Literal(span, _string_value(node))
        if t == "template_string":
            return self.template(node)
        if t == "number":
            raw = self.text(node).replace("_", "")
            parsed = number(raw)
            return Literal(span, parsed) if parsed is not None else Unknown(span, raw)
        if t in ("true", "false"):
            return Literal(span, t == "true")
        if t in ("null", "undefined"):
            return Literal(span, None)
        if t == "identifier":
            found = self.lookup(self.text(node))
            return found if found is not None else Unknown(span, self.text(node))
        if t == "this":
            return self.this if self.this is not None else Unknown(span, "this")
        if t in ("member_expression", "optional_chain"):
            obj_node = node.child_by_field_name("object")
            prop = node.child_by_field_name("property")
            if obj_node is None or prop is None:
                return Unknown(span, self.text(node))
            return member(self.eval(obj_node), self.text(prop), span, self.text(node), self.program)
        if t == "subscript_expression":
            obj = self.eval(node.child_by_field_name("object"))
            index = self.eval(node.child_by_field_name("index"))
            if isinstance(index, Literal) and isinstance(index.value, str):
                return member(obj, index.value, span, self.text(node), self.program)
            if isinstance(obj, ListValue) and isinstance(index, Literal) and isinstance(index.value, int):
                return obj.items[index.value] if 0 <= index.value < len(obj.items) else Unknown(span, "")
            return Unknown(span, self.text(node))
        if t == "object":
            return self.object(node)
        if t == "array":
            items: list[Value] = []
            for child in node.named_children:
                if child.type == "spread_element":
                    inner = self.eval(child.named_children[0]) if child.named_children else None
                    if isinstance(inner, ListValue):
                        items.extend(inner.items)
                        continue
                items.append(self.value_of(child))
            return ListValue(span, tuple(items))
        if t == "new_expression":
            return self.new(node, variable)
        if t == "call_expression":
            return self.call(node, variable)
        if t in ("arrow_function", "function_expression", "function"):
            name = variable or f"<fn@{node.start_byte}>"

            def run(fn: Fn, node: Node = node) -> Obj:
                return self.run_function(node, None)

            return self.program.register(
                Fn(f"{self.unit.display_name}:{name}@{node.start_byte}", "function", node, run, name)
            )
        if t in ("class", "class_declaration"):
            return self.declare_class(node)
        if t in (
            "parenthesized_expression",
            "as_expression",
            "satisfies_expression",
            "non_null_expression",
            "type_assertion",
            "await_expression",
        ):
            inner = [
                c for c in node.named_children if not c.type.endswith("type") and c.type != "type_identifier"
            ]
            return self.eval(inner[0], variable) if inner else Unknown(span, self.text(node))
        if t == "ternary_expression":
            return self.ternary(node, variable)
        if t == "binary_expression":
            return self.binary(node, variable)
        if t == "assignment_expression":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            var = (
                self.text(left.child_by_field_name("property"))
                if left is not None
                and left.type == "member_expression"
                and left.child_by_field_name("property") is not None
                else None
            )
            value = self.eval(right, variable=var or (self.text(left) if left is not None else None))
            if left is not None:
                self.store(left, value)
            return value
        if t == "sequence_expression":
            result: Obj = None
            for child in node.named_children:
                result = self.eval(child)
            return result
        if t in ("unary_expression", "update_expression", "augmented_assignment_expression", "regex"):
            for child in node.named_children:
                self.eval(child)
            return Unknown(span, self.text(node))
        return Unknown(span, self.text(node))

    def store(self, left: Node, value: Obj) -> None:
        if left.type == "identifier":
            self.program.bind(value, "local", self.text(left), self.span(left) if self.top else None)
            self.assign(self.text(left), value)
        elif left.type == "member_expression":
            obj_node = left.child_by_field_name("object")
            prop = left.child_by_field_name("property")
            if obj_node is not None and prop is not None:
                target = self.eval(obj_node)
                if isinstance(target, ObjectHandle):
                    target.fields[self.text(prop)] = value
                    self.program.bind(value, "field", self.text(prop))

    def template(self, node: Node) -> Value:
        parts: list[Value] = []
        for child in node.named_children:
            if child.type == "string_fragment":
                parts.append(Literal(self.span(child), self.text(child)))
            elif child.type == "escape_sequence":
                parts.append(Literal(self.span(child), _escape_value(self.text(child))))
            elif child.type == "template_substitution":
                inner = child.named_children[0] if child.named_children else None
                if inner is not None:
                    parts.append(self.value_of(inner))
        return template_of(parts, self.span(node))

    def object(self, node: Node) -> MapValue:
        entries: list[Entry] = []
        for child in node.named_children:
            if child.type == "pair":
                key = child.child_by_field_name("key")
                value = child.child_by_field_name("value")
                if key is None or value is None:
                    continue
                if key.type in ("string", "number"):
                    name = _string_value(key)
                elif key.type == "computed_property_name":
                    inner = self.eval(key.named_children[0]) if key.named_children else None
                    name = str(inner.value) if isinstance(inner, Literal) else self.text(key)
                else:
                    name = self.text(key)
                entries.append(
                    Entry(
                        name,
                        self.span(key),
                        self.value_of(value, variable=name),
                    )
                )
            elif child.type == "shorthand_property_identifier":
                name = self.text(child)
                entries.append(
                    Entry(name, self.span(child), as_value(self.lookup(name), self.span(child), name))
                )
            elif child.type == "spread_element" and child.named_children:
                inner = self.eval(child.named_children[0])
                if isinstance(inner, MapValue):
                    entries.extend(inner.entries)
        return MapValue(self.span(node), tuple(entries))

    def ternary(self, node: Node, variable: str | None) -> Obj:
        cond = node.child_by_field_name("condition")
        if cond is None:
            return Unknown(self.span(node), self.text(node))
        cons, alt = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
        return self.choice(cond, cons, alt, self.span(node), variable)

    def binary(self, node: Node, variable: str | None) -> Obj:
        op = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        operator = self.text(op) if op is not None else ""
        if operator == "&&" and left is not None:
            return self.guarded_by(left, right, node, variable)
        if left is None or right is None:
            return Unknown(self.span(node), self.text(node))
        if operator == "+":
            return self.concat([left, right], node)
        if operator in ("||", "??"):
            return self.either([left, right], node)
        self.eval(left)
        self.eval(right)
        return Unknown(self.span(node), self.text(node))

    def arguments(self, node: Node) -> list[Node]:
        args = node.child_by_field_name("arguments")
        if args is None:
            return []
        return [a for a in args.named_children if a.type != "comment"]

    def new(self, node: Node, variable: str | None) -> Obj:
        ctor_node = node.child_by_field_name("constructor")
        span = self.span(node)
        ctor = self.eval(ctor_node)
        args = self.arguments(node)
        if isinstance(ctor, ModuleHandle) and ctor_node is not None:
            values = [(self.eval(a), self.span(a), self.text(a)) for a in args]
            made = self.program.create(
                self.unit, ctor.path, values, None, span, self.span(ctor_node), variable
            )
            return Unknown(span, self.text(node)) if made is NOT_SDK else made
        for a in args:
            self.eval(a)
        if isinstance(ctor, Fn) and ctor.kind == "class":
            return self.program.instantiate(ctor)
        return Unknown(span, self.text(node))

    def call(self, node: Node, variable: str | None) -> Obj:
        func = node.child_by_field_name("function")
        span = self.span(node)
        args = self.arguments(node)
        args_node = node.child_by_field_name("arguments")
        if func is None:
            return Unknown(span, self.text(node))
        if args_node is not None and args_node.type == "template_string":  # pulumi.interpolate`...`
            return self.template(args_node)
        fname = self.text(func)
        if func.type == "member_expression":
            prop_node = func.child_by_field_name("property")
            prop = self.text(prop_node) if prop_node is not None else ""
            obj_node = func.child_by_field_name("object")
            if (
                fname in ("JSON.stringify", "pulumi.jsonStringify", "pulumi.output", "pulumi.Output.create")
                and args
            ):
                return self.eval(args[0], variable)
            if obj_node is not None:
                handled = self.sdk_method(prop, obj_node, args, span, _is_tags_of(obj_node))
                if handled is not NOT_SDK:
                    return handled
            callee = self.eval(func)
        else:
            callee = self.eval(func)
        values = [self.eval(a) for a in args]
        if isinstance(callee, Fn):
            for a, v in zip(args, values, strict=False):
                if isinstance(v, Fn) and a.type in ("arrow_function", "function_expression"):
                    self.program.call(v)
            return self.program.call(callee)
        if isinstance(callee, ModuleHandle):
            return self.sdk_call(callee.path, values, args, span)
        for v in values:  # callbacks handed to anything else (`.map(x => new ...)`) still run
            if isinstance(v, Fn):
                self.program.call(v)
        if fname.endswith((".concat", "pulumi.all", ".all")):
            return ListValue(
                span,
                tuple(self.as_model(v, a) for a, v in zip(args, values, strict=False)),
            )
        return Unknown(span, self.text(node))

    def sdk_call(self, path: str, values: list[Obj], args: list[Node], span: Span) -> Obj:
        arg_values = tuple(self.as_model(v, a) for a, v in zip(args, values, strict=False))
        if path == "aws.iam.assumeRolePolicyForPrincipal" and arg_values:
            return assume_role_policy(arg_values[0], span)
        if path in ("pulumi.all", "pulumi.concat"):
            return ListValue(span, arg_values)
        return Call(span, path, arg_values)


def _is_tags_of(node: Node) -> bool:
    if node.type != "call_expression":
        return False
    func = node.child_by_field_name("function")
    return func is not None and func.text.decode("utf-8", "replace").endswith("Tags.of")


def _param_names(node: Node) -> list[str]:
    names: list[str] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur.type in ("identifier", "shorthand_property_identifier_pattern"):
            names.append(cur.text.decode("utf-8", "replace"))
        elif cur.type in ("type_annotation", "default_value") or cur.type.endswith("_type"):
            continue
        else:
            for child in cur.named_children:
                if child.type == "pair_pattern":
                    value = child.child_by_field_name("value")
                    if value is not None:
                        stack.append(value)
                elif child.type not in ("type_annotation", "accessibility_modifier"):
                    stack.append(child)
    return names


def _ends_in_return(node: Node) -> bool:
    """Whether the statement ends in a `return`. An early `throw` is input validation, not a guard:
    the program stops, so what follows runs in every valid environment."""
    if node.type == "return_statement":
        return True
    if node.type == "statement_block" and node.named_children:
        return _ends_in_return(node.named_children[-1])
    return False


def load(units: list[SourceUnit], builder: ProjectBuilder) -> None:
    """Read every TypeScript unit of one project into the builder."""
    program = TypeScriptProgram(builder, {})
    for unit in units:
        try:
            program.add(unit)
        except (ValueError, RecursionError) as exc:  # pragma: no cover - tree-sitter refuses very rarely
            raise FrontendError(f"cannot parse: {exc}", unit.span(0, 0)) from exc
    program.run()


__all__ = ["Ref", "is_pulumi_source", "load"]
