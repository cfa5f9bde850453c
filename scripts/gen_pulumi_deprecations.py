#!/usr/bin/env python3
"""Generate iacreview/data/pulumi_aws.json from the @pulumi/aws SDK's own deprecation markers.

usage: python scripts/gen_pulumi_deprecations.py [--versions 5.43.0 6.83.0 7.48.0] [--sdk-dir DIR]

For each version it fetches the npm package (`npm pack`, or reads an unpacked copy from --sdk-dir),
parses every `.d.ts` with tree-sitter and records:
  - resources whose class carries `@deprecated` (with the replacement the message names), and
    legacy classes whose doc says "Please use X instead ... maintained for backwards compatibility";
  - input properties (`interface XArgs`) carrying `@deprecated`; a legacy class inherits the
    property deprecations of its replacement for the properties they share;
  - enum constants (`aws.lambda.Runtime.NodeJS16dX` -> "nodejs16.x") and which are deprecated.
The SDK is not committed; only the generated table is.
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

OUT = Path(__file__).resolve().parent.parent / "iacreview" / "data" / "pulumi_aws.json"
DEFAULT_VERSIONS = ["5.43.0", "6.83.0", "7.48.0"]
_IN_FAVOR = re.compile(r"in favor of (?:aws\.)?(\w+)(?:/\w+)?\.(\w+)")
_USE_THE = re.compile(r"[Uu]se (?:the )?(?:top-level parameter \w+ and the )?(aws\.\w+\.\w+)(?: resource)?")
_PLEASE_USE = re.compile(r"Please use \[?(aws\.\w+\.\w+)\]?")

PARSER = tree_sitter.Parser(tree_sitter.Language(tst.language_typescript()))


def fetch(version: str, workdir: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"@pulumi/aws@{version}", "--silent"], cwd=workdir, check=True, capture_output=True
    )
    tgz = workdir / f"pulumi-aws-{version}.tgz"
    target = workdir / version
    with tarfile.open(tgz) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def unwrap(stmt: tree_sitter.Node) -> tree_sitter.Node | None:
    """The declaration inside `export ...` and `export declare ...`."""
    decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
    if decl is None and stmt.type == "export_statement" and stmt.named_children:
        decl = stmt.named_children[0]
    if decl is not None and decl.type == "ambient_declaration" and decl.named_children:
        decl = decl.named_children[0]
    return decl


def doc_before(node: tree_sitter.Node) -> str:
    prev = node.prev_named_sibling
    if prev is not None and prev.type == "comment":
        return prev.text.decode()
    return ""


def deprecation(comment: str) -> str | None:
    match = re.search(r"@deprecated\s*(.*?)(?:\*/|\n\s*\*\s*@|\Z)", comment, re.S)
    if match is None:
        return None
    return " ".join(match.group(1).replace("*", " ").split()) or "deprecated"


def replacement(message: str) -> str | None:
    match = _IN_FAVOR.search(message)
    if match:
        return f"aws.{match.group(1)}.{match.group(2)}"
    match = _USE_THE.search(message) or _PLEASE_USE.search(message)
    return match.group(1) if match else None


def scan(package: Path) -> dict[str, object]:
    resources: dict[str, dict[str, str | None]] = {}
    classes: list[str] = []
    legacy: dict[str, str] = {}
    properties: dict[str, dict[str, dict[str, str | None]]] = {}
    arg_names: dict[str, list[str]] = {}
    arg_types: dict[str, dict[str, str]] = {}  # resource -> argument -> its TypeScript type
    enums: dict[str, dict[str, object]] = {}
    for dts in sorted(package.rglob("*.d.ts")):
        rel = dts.relative_to(package)
        if rel.parts[0] in ("node_modules", "config", "utilities.d.ts"):
            continue
        tree = PARSER.parse(dts.read_bytes())
        module = ".".join(rel.parts[:-1])
        if rel.parts[:2] == ("types", "enums"):
            scan_enums(tree.root_node, ".".join(rel.parts[2:-1]), enums)
            continue
        if len(rel.parts) != 2:
            continue
        for stmt in tree.root_node.named_children:
            decl = unwrap(stmt)
            if decl is None:
                continue
            comment = doc_before(stmt)
            name_node = decl.child_by_field_name("name")
            if name_node is None:
                continue
            name = name_node.text.decode()
            if (
                decl.type in ("class_declaration", "abstract_class_declaration")
                and "CustomResource" in decl.text.decode()[:400]
            ):
                full = f"aws.{module}.{name}"
                classes.append(full)
                message = deprecation(comment)
                if message:
                    resources[full] = {"message": message, "replacement": replacement(message)}
                elif "maintained for backwards compatibility" in comment:
                    target = replacement(comment)
                    if target:
                        legacy[full] = target
            elif decl.type == "interface_declaration" and name.endswith("Args"):
                owner = f"aws.{module}.{name[: -len('Args')]}"
                body = decl.child_by_field_name("body")
                for member in body.named_children if body is not None else []:
                    if member.type != "property_signature":
                        continue
                    if member.child_by_field_name("name") is not None:
                        arg_names.setdefault(owner, []).append(
                            member.child_by_field_name("name").text.decode()
                        )
                        kind = member.child_by_field_name("type")
                        arg_types.setdefault(owner, {})[member.child_by_field_name("name").text.decode()] = (
                            kind.text.decode().lstrip(": ") if kind is not None else ""
                        )
                    message = deprecation(doc_before(member))
                    prop = member.child_by_field_name("name")
                    if message and prop is not None:
                        properties.setdefault(owner, {})[prop.text.decode()] = {
                            "message": message,
                            "replacement": replacement(message),
                        }
    for old, new in legacy.items():  # a legacy class shares its replacement's deprecated inline properties
        for prop, info in properties.get(new, {}).items():
            for own in arg_names.get(
                old, []
            ):  # v6 BucketV2 says `versionings` where Bucket says `versioning`
                if own == prop or own + "s" == prop or own == prop + "s":
                    properties.setdefault(old, {}).setdefault(own, info)
    return {
        "resources": dict(sorted(resources.items())),
        "legacy": dict(sorted(legacy.items())),
        "properties": {k: dict(sorted(v.items())) for k, v in sorted(properties.items())},
        "enums": dict(sorted(enums.items())),
        "classes": sorted(classes),
        # every input argument of every resource (scripts/gen_schemas.py reads these; not written here)
        "arguments": {k: sorted(v) for k, v in sorted(arg_names.items()) if k in set(classes)},
        "argument_types": {k: v for k, v in sorted(arg_types.items()) if k in set(classes)},
    }


def scan_enums(root: tree_sitter.Node, module: str, enums: dict[str, dict[str, object]]) -> None:
    for stmt in root.named_children:
        decl = unwrap(stmt)
        if decl is None or decl.type != "lexical_declaration":
            continue
        for declarator in decl.named_children:
            name = declarator.child_by_field_name("name")
            type_node = declarator.child_by_field_name("type")
            if name is None or type_node is None:
                continue
            for obj in type_node.named_children:
                if obj.type != "object_type":
                    continue
                for member in obj.named_children:
                    if member.type != "property_signature":
                        continue
                    key = member.child_by_field_name("name")
                    value = member.child_by_field_name("type")
                    if key is None or value is None:
                        continue
                    literal = value.text.decode().lstrip(": ").strip('"')
                    entry: dict[str, object] = {"value": literal}
                    if deprecation(doc_before(member)):
                        entry["deprecated"] = True
                    enums[f"aws.{module}.{name.text.decode()}.{key.text.decode()}"] = entry


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--versions", nargs="+", default=DEFAULT_VERSIONS)
    ap.add_argument("--sdk-dir", type=Path, help="unpacked packages as DIR/<version>/package")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    majors: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for version in args.versions:
            package = args.sdk_dir / version / "package" if args.sdk_dir else fetch(version, Path(tmp))
            data = scan(package)
            majors[version.split(".")[0]] = {"version": version, **data}
            print(
                f"{version}: {len(data['resources'])} deprecated resources, "  # type: ignore[arg-type]
                f"{sum(len(v) for v in data['properties'].values())} deprecated properties, "  # type: ignore[union-attr]
                f"{len(data['enums'])} enum constants",
                file=sys.stderr,
            )
    # enum constants change little between majors: keep one table (newest wins) and per-major deprecations
    enums: dict[str, object] = {}
    for major in sorted(majors, key=int):
        majors[major].pop("classes")  # type: ignore[union-attr]
        majors[major].pop("arguments")  # type: ignore[union-attr]
        table = majors[major].pop("enums")  # type: ignore[union-attr]
        enums.update({name: entry["value"] for name, entry in table.items()})
        majors[major]["deprecated_enums"] = sorted(n for n, e in table.items() if e.get("deprecated"))  # type: ignore[index]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"source": "@pulumi/aws", "majors": majors, "enums": dict(sorted(enums.items()))}
    args.out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
