#!/usr/bin/env python3
"""Generate iacreview/data/aws_cdk_lib.json from the aws-cdk-lib package's own typings.

usage: python scripts/gen_cdk_data.py [--version 2.276.0] [--sdk-dir DIR]

Fetches `aws-cdk-lib` with `npm pack` (or reads an unpacked copy: DIR/package), parses every
`.d.ts` under `aws-*` with tree-sitter and records, per module (`aws-s3` -> `s3`):
  - constructs: classes whose constructor takes `(scope, id, ...)`; for L1 `Cfn*` classes the
    CloudFormation type from their `@cloudformationResource` tag;
  - deprecated constructs and deprecated props (`@deprecated` on `interface XProps` members);
  - constants: enum members (`logs.RetentionDays.ONE_WEEK` -> 7) and static members whose doc names
    their value in parentheses (`lambda.Runtime.NODEJS_16_X` -> "nodejs16.x"), with deprecations.
The package is not committed; only the generated table is.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import tree_sitter
import tree_sitter_typescript as tst

OUT = Path(__file__).resolve().parent.parent / "iacreview" / "data" / "aws_cdk_lib.json"
PARSER = tree_sitter.Parser(tree_sitter.Language(tst.language_typescript()))
_CFN = re.compile(r"@cloudformationResource\s+(\S+)")
_DEPRECATED = re.compile(r"@deprecated\s*(.*?)(?:\n\s*\*\s*@|\*/|\Z)", re.S)
_PAREN_VALUE = re.compile(r"\(([a-z0-9][a-z0-9.\-]*)\)\s*$", re.M)


def fetch(version: str, workdir: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"aws-cdk-lib@{version}", "--silent"], cwd=workdir, check=True, capture_output=True
    )
    with tarfile.open(workdir / f"aws-cdk-lib-{version}.tgz") as tar:
        tar.extractall(workdir / "cdk", filter="data")
    return workdir / "cdk" / "package"


def comment_before(node: tree_sitter.Node) -> str:
    prev = node.prev_named_sibling
    return prev.text.decode() if prev is not None and prev.type == "comment" else ""


def deprecation(comment: str) -> str | None:
    match = _DEPRECATED.search(comment)
    return " ".join(match.group(1).replace("*", " ").split()) or "deprecated" if match else None


def unwrap(stmt: tree_sitter.Node) -> tree_sitter.Node | None:
    node = stmt
    if node.type == "export_statement":
        node = node.child_by_field_name("declaration") or (
            node.named_children[0] if node.named_children else None
        )
    if node is not None and node.type == "ambient_declaration" and node.named_children:
        node = node.named_children[0]
    return node


def scan(package: Path) -> dict[str, object]:
    constructs: dict[str, dict[str, object]] = {}
    interfaces: dict[str, tuple[dict[str, str], list[str]]] = {}  # name -> (deprecated props, extends)
    constants: dict[str, object] = {}
    deprecated_constants: list[str] = []
    for dts in sorted(package.glob("aws-*/lib/**/*.d.ts")):
        module = dts.relative_to(package).parts[0].removeprefix("aws-").replace("-", "")
        if "private" in dts.parts:
            continue
        root = PARSER.parse(dts.read_bytes()).root_node
        for stmt in root.named_children:
            decl = unwrap(stmt)
            if decl is None:
                continue
            doc = comment_before(stmt)
            name_node = decl.child_by_field_name("name")
            if name_node is None:
                continue
            name = name_node.text.decode()
            if decl.type in ("class_declaration", "abstract_class_declaration"):
                class_body = decl.child_by_field_name("body")
                scan_class(module, name, doc, class_body, constructs, constants, deprecated_constants)
            elif decl.type == "interface_declaration":
                interfaces[f"{module}.{name}"] = read_interface(decl)
            elif decl.type == "enum_declaration":
                body = decl.child_by_field_name("body")
                for member in body.named_children if body is not None else []:
                    if member.type == "enum_assignment":
                        key = member.child_by_field_name("name")
                        value = member.child_by_field_name("value")
                        if key is not None and value is not None:
                            raw = value.text.decode()
                            constants[f"{module}.{name}.{key.text.decode()}"] = (
                                int(raw) if raw.isdigit() else raw.strip('"')
                            )
    props: dict[str, dict[str, str]] = {}
    for key in interfaces:
        module, name = key.split(".", 1)
        if name.endswith("Props") and f"{module}.{name[: -len('Props')]}" in constructs:
            found = inherited(key, interfaces)
            if found:
                props[f"{module}.{name[: -len('Props')]}"] = found
    return {
        "constructs": dict(sorted(constructs.items())),
        "deprecated_props": {k: dict(sorted(v.items())) for k, v in sorted(props.items())},
        "constants": dict(sorted(constants.items())),
        "deprecated_constants": sorted(deprecated_constants),
    }


def read_interface(decl: tree_sitter.Node) -> tuple[dict[str, str], list[str]]:
    deprecated: dict[str, str] = {}
    extends: list[str] = []
    for child in decl.named_children:
        if child.type == "extends_type_clause":
            extends += [t.text.decode().split("<")[0] for t in child.named_children]
    body = decl.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        key = member.child_by_field_name("name")
        message = deprecation(comment_before(member)) if member.type == "property_signature" else None
        if key is not None and message:
            deprecated[key.text.decode()] = message
    return deprecated, extends


def inherited(key: str, interfaces: dict[str, tuple[dict[str, str], list[str]]]) -> dict[str, str]:
    """Deprecated props of an interface and everything it extends (`FunctionProps` <- `FunctionOptions`)."""
    module = key.split(".", 1)[0]
    found: dict[str, str] = {}
    stack, seen = [key], set()
    while stack:
        current = stack.pop()
        if current in seen or current not in interfaces:
            continue
        seen.add(current)
        own, parents = interfaces[current]
        for prop, message in own.items():
            found.setdefault(prop, message)
        for parent in parents:
            simple = parent.split(".")[-1]
            candidates = [f"{module}.{simple}"] + [k for k in interfaces if k.endswith("." + simple)]
            stack.extend(c for c in candidates[:2] if c in interfaces)
    return found


def scan_class(
    module: str,
    name: str,
    doc: str,
    body: tree_sitter.Node | None,
    constructs: dict[str, dict[str, object]],
    constants: dict[str, object],
    deprecated_constants: list[str],
) -> None:
    is_construct = False
    for member in body.named_children if body is not None else []:
        text = member.text.decode()
        if member.type in ("method_signature", "method_definition") and text.startswith("constructor(scope"):
            is_construct = True
        if member.type == "public_field_definition" and "static" in text.split("(")[0] and "readonly" in text:
            key = member.child_by_field_name("name")
            member_doc = comment_before(member)
            value = _PAREN_VALUE.search(member_doc.split("@")[0].replace("*/", "")) if member_doc else None
            if key is not None and value is not None and key.text.decode().isupper():
                path = f"{module}.{name}.{key.text.decode()}"
                constants[path] = value.group(1)
                if deprecation(member_doc):
                    deprecated_constants.append(path)
    if not is_construct:
        return
    entry: dict[str, object] = {}
    cfn = _CFN.search(doc)
    if cfn:
        entry["cfn_type"] = cfn.group(1)
    message = deprecation(doc)
    if message:
        entry["deprecated"] = message
    constructs[f"{module}.{name}"] = entry


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", default="2.276.0")
    ap.add_argument("--sdk-dir", type=Path, help="an unpacked package: DIR/package")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = args.sdk_dir / "package" if args.sdk_dir else fetch(args.version, Path(tmp))
        data = scan(package)
    payload = {"source": f"aws-cdk-lib@{args.version}", **data}
    args.out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n")
    counts = {k: len(v) for k, v in data.items()}  # type: ignore[arg-type]
    print(f"wrote {args.out}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
