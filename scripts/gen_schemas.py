#!/usr/bin/env python3
"""Generate iacreview/data/cfn_schemas.tsv, pulumi_schemas.tsv, terraform_schemas.tsv and
cdk_schemas.tsv: the arguments each resource type accepts, from the providers' own published
schemas, for IAC010 (invalid-argument).

usage: python scripts/gen_schemas.py [--pulumi-versions 6.83.0 7.48.0] [--sdk-dir DIR]
                                     [--cdktf-versions 19.65.1 21.22.1] [--cdktf-dir DIR]
                                     [--cdk-version 2.276.0] [--cdk-dir DIR]

- CloudFormation: the resource provider schemas cfn-lint ships as package data (us-east-1, the
  region with the most types): one line per type, `TYPE<tab>SHAPE` with the shape as JSON (a scan
  decodes only the types the code uses: the whole table as one JSON document took 40 ms to load).
  Properties are kept with their nested shape: an object's property
  names (arrays are transparent), `"*"` for an object open to any key, `0` for a scalar, a list
  of strings or integers for a scalar whose schema lists an enum, `"MIN..MAX"` for a number with
  bounds (either may be empty). Read-only properties are left out.
- Pulumi (@pulumi/aws, the last release of majors 6 and 7): each resource's `XArgs` interface
  (read by scripts/gen_pulumi_deprecations.py's parser), nested through the `inputs.*` interfaces
  of `types/input.d.ts` its arguments name, in the same shapes; one line per type,
  `TYPE<tab>MAJORS<tab>SHAPE` (`6,7` when both majors accept the same arguments).
- Terraform and CDKTF (hashicorp/aws 5 and 6): @cdktf/provider-aws is generated from the provider's
  schema, and each resource's `synthesizeAttributes()` (and each block's `xToTerraform(struct)`)
  lists the Terraform argument names with their blocks, so the shape is nested as CloudFormation's:
  `0` for a scalar or a list of scalars, `"*"` for a map, a dict for a block (with `"[]": 1` when
  the bindings take it as a list, `[{...}]`, rather than one object). One line per type,
  `TYPE<tab>MAJORS<tab>SHAPE` (`5,6` when both majors accept the same arguments).
- AWS CDK L2 constructs (aws-cdk-lib 2): the jsii assembly the package ships (`.jsii.gz`) names
  every construct's props struct by its full name, with the structs it extends and its members'
  types, so inheritance across modules (`FunctionProps` extends `FunctionOptions` extends
  `EventInvokeConfigOptions`) is exact. A member typed by a struct (or an array of structs) is
  nested, any other type is `0`. One line per construct, `MODULE.CLASS<tab>SHAPE` (`s3.Bucket`, the
  module as aws_cdk_lib.json names it); the L1 `Cfn*` classes are judged by CloudFormation's table.
The schemas are not committed; only the generated tables are.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import cfnlint

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the Pulumi parser beside this script
from gen_pulumi_deprecations import fetch, scan

DATA = Path(__file__).resolve().parent.parent / "iacreview" / "data"
PULUMI_VERSIONS = ["6.83.0", "7.48.0"]
CDKTF_VERSIONS = ["19.65.1", "21.22.1"]  # hashicorp/aws 5.99.1 and 6.25.0
CDK_VERSION = "2.276.0"  # as scripts/gen_cdk_data.py
MAX_DEPTH = 8  # deeper (or recursive) shapes are left open


def cfn_schemas() -> dict[str, Any]:
    root = Path(cfnlint.__file__).parent / "data" / "schemas"
    index = json.loads((root / "providers" / "us-east-1.json").read_text())
    found: dict[str, Any] = {}
    for type_name, digest in sorted(index.items()):
        schema = json.loads((root / "resources" / f"{digest}.json").read_text())
        read_only = {p.rsplit("/", 1)[-1] for p in schema.get("readOnlyProperties", []) if p.count("/") == 2}
        props = {k: v for k, v in schema.get("properties", {}).items() if k not in read_only}
        found[type_name] = shape(
            {"type": "object", "properties": props, "additionalProperties": False}, schema, 0
        )
    return found


def shape(node: dict[str, Any], schema: dict[str, Any], depth: int) -> Any:
    """A compact shape of one schema node (see the module docstring)."""
    node = resolve(node, schema)
    if depth > MAX_DEPTH:
        return "*"
    if node.get("type") == "array" or "items" in node:
        items = node.get("items")
        return shape(items, schema, depth + 1) if isinstance(items, dict) else 0
    if "properties" in node:
        if node.get("additionalProperties", True) is not False or node.get("patternProperties"):
            return "*"
        return {k: shape(v, schema, depth + 1) for k, v in sorted(node["properties"].items())}
    if node.get("type") == "object" or any(k in node for k in ("oneOf", "anyOf", "patternProperties")):
        return "*"
    enum = node.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(e, str) for e in enum):
        return sorted(enum)
    if isinstance(enum, list) and enum and all(isinstance(e, int) and not isinstance(e, bool) for e in enum):
        return sorted(enum)
    low, high = node.get("minimum"), node.get("maximum")
    if node.get("type") in ("integer", "number") and (low is not None or high is not None):
        return f"{'' if low is None else low}..{'' if high is None else high}"
    return 0


def resolve(node: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in node and seen < 20:
        path = node["$ref"].removeprefix("#/").split("/")
        target: Any = schema
        for part in path:
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node


def pulumi_schemas(versions: list[str], sdk_dir: Path | None) -> dict[str, dict[str, Any]]:
    """Pulumi type -> {major: shape}, from each @pulumi/aws version."""
    found: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for version in versions:
            unpacked = sdk_dir / version / "package" if sdk_dir else None
            package = unpacked if unpacked is not None and unpacked.is_dir() else fetch(version, Path(tmp))
            inputs = input_types(package / "types" / "input.d.ts")
            for type_name, members in scan(package)["argument_types"].items():  # type: ignore[attr-defined]
                shape_of = {name: type_shape(text, inputs, 1) for name, text in sorted(members.items())}
                found.setdefault(type_name, {})[version.split(".")[0]] = shape_of
    return found


_NAMESPACE = re.compile(r"^(\s*)(?:export )?(?:declare )?namespace (\w+) \{$")
_INTERFACE = re.compile(r"^(\s*)(?:export )?interface (\w+) \{$")
_MEMBER = re.compile(r"^\s+(\w+)\??: (.*)$")
_INPUT_REF = re.compile(r"\binputs\.([\w.]+)")


def input_types(path: Path) -> dict[str, dict[str, str]]:
    """`s3.BucketLogging` -> {member: its TypeScript type}, from the SDK's `types/input.d.ts`."""
    found: dict[str, dict[str, str]] = {}
    spaces: list[tuple[int, str]] = []  # the namespaces open, with their indentation
    current: tuple[int, dict[str, str]] | None = None
    pending: tuple[str, str] | None = None  # a member whose type runs over several lines
    for line in path.read_text().splitlines():
        indent = len(line) - len(line.lstrip())
        if pending is not None:
            pending = (pending[0], pending[1] + " " + line.strip())
            if _balanced(pending[1]) and line.rstrip().endswith(";") and current is not None:
                current[1][pending[0]] = pending[1].rstrip(";")
                pending = None
            continue
        if current is not None:
            member = _MEMBER.match(line)
            if line.strip() == "}" and indent == current[0]:
                current = None
            elif member and _balanced(member.group(2)) and member.group(2).endswith(";"):
                current[1][member.group(1)] = member.group(2).rstrip(";")
            elif member:
                pending = (member.group(1), member.group(2))
            continue
        namespace, interface = _NAMESPACE.match(line), _INTERFACE.match(line)
        if namespace:
            spaces.append((indent, namespace.group(2)))
        elif interface:
            name = ".".join([n for _, n in spaces] + [interface.group(2)])
            current = (indent, found.setdefault(name, {}))
        elif line.strip() == "}" and spaces and spaces[-1][0] == indent:
            spaces.pop()
    return found


def _balanced(text: str) -> bool:
    angles = text.replace("=>", "")  # an arrow is not a closing bracket
    return text.count("{") == text.count("}") and angles.count("<") == angles.count(">")


def type_shape(text: str, inputs: dict[str, dict[str, str]], depth: int) -> Any:
    """An argument's shape from its type: a map type is open, one input interface its members, more
    than one (a union) open, anything else a scalar."""
    if "[key: string]" in text:
        return "*"
    refs = set(_INPUT_REF.findall(text))
    if not refs:
        return 0
    if len(refs) > 1 or depth > MAX_DEPTH or next(iter(refs)) not in inputs:
        return "*"
    members = inputs[next(iter(refs))]
    return {name: type_shape(inner, inputs, depth + 1) for name, inner in sorted(members.items())}


_TF_TYPE = re.compile(r'\.tfResourceType = "(aws_[a-z0-9_]+)";')
_SYNTHESIZE = re.compile(r"\n    synthesizeAttributes\(\) \{\n        return \{\n(.*?)\n        \};", re.S)
_STRUCT = re.compile(r"\nfunction (\w+)ToTerraform\(struct\) \{\n(.*?)\n\}\n", re.S)
_RETURN = re.compile(r"return \{\n(.*?)\n    \};", re.S)
_ENTRY = re.compile(r"^\s+(\w+): (.*),$", re.M)
_BLOCK = re.compile(r"^(cdktf\.listMapper\()?(\w+)ToTerraform\b")
LIST = "[]"  # the key marking a block the bindings take as a list (`[{...}]`), not one object


def terraform_schemas(versions: list[str], cdktf_dir: Path | None) -> dict[str, dict[str, Any]]:
    """Terraform type -> {provider major: shape}, from each @cdktf/provider-aws version."""
    found: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for version in versions:
            unpacked = cdktf_dir / version / "package" if cdktf_dir else None
            if unpacked is not None and unpacked.is_dir():
                package = unpacked
            else:
                package = fetch_cdktf(version, Path(tmp))
            provider = json.loads((package / "package.json").read_text())["cdktf"]["provider"]["version"]
            for module in sorted((package / "lib").iterdir()):
                code = module / "index.js"
                if module.name.startswith("data-") or not code.is_file():
                    continue
                text = code.read_text()
                type_name, body = _TF_TYPE.search(text), _SYNTHESIZE.search(text)
                if type_name and body:
                    structs = {m.group(1): m.group(2) for m in _STRUCT.finditer(text)}
                    shape_of = block_shape(body.group(1), structs, 0)
                    found.setdefault(type_name.group(1), {})[provider.split(".")[0]] = shape_of
    return found


def block_shape(entries: str, structs: dict[str, str], depth: int) -> Any:
    """The arguments of one `{ name: xToTerraform(...), ... }` list: a scalar is 0, a map "*",
    a block its own arguments (from its struct's function), with `"[]": 1` when the bindings take
    it as a list (`cdktf.listMapper(xToTerraform, true)`) rather than one object (`xToTerraform`)."""
    if depth > MAX_DEPTH:
        return "*"
    shape_of: dict[str, Any] = {}
    for name, expression in _ENTRY.findall(entries):
        block = _BLOCK.match(expression)
        if "hashMapper" in expression:
            shape_of[name] = "*"
        elif block and block.group(2) in structs:
            inner = _RETURN.search(structs[block.group(2)])
            shape_of[name] = block_shape(inner.group(1), structs, depth + 1) if inner else "*"
            if block.group(1) and isinstance(shape_of[name], dict):
                shape_of[name][LIST] = 1
        else:
            shape_of[name] = 0
    return dict(sorted(shape_of.items()))


def cdk_schemas(version: str, cdk_dir: Path | None) -> dict[str, Any]:
    """CDK construct (`s3.Bucket`) -> the shape of its props, from aws-cdk-lib's jsii assembly."""
    with tempfile.TemporaryDirectory() as tmp:
        unpacked = cdk_dir / "package" if cdk_dir else None
        package = unpacked if unpacked is not None and unpacked.is_dir() else fetch_cdk(version, Path(tmp))
        with gzip.open(package / ".jsii.gz") as assembly:
            types: dict[str, Any] = json.load(assembly)["types"]
    found: dict[str, Any] = {}
    for _, spec in sorted(types.items()):
        parameters = spec.get("initializer", {}).get("parameters", [])
        namespace = spec.get("namespace", "")
        if (
            spec["kind"] != "class"
            or not namespace.startswith("aws_")
            or "." in namespace  # a class nested in another (`CfnBucket.RuleProperty`)
            or spec["name"].startswith("Cfn")
            or len(parameters) < 3
            or parameters[0]["type"].get("fqn") != "constructs.Construct"
        ):
            continue
        props = types.get(parameters[2]["type"].get("fqn", ""), {})
        if props.get("datatype"):
            module = namespace.removeprefix("aws_").replace("_", "")
            found[f"{module}.{spec['name']}"] = struct_shape(props, types, frozenset())
    return found


def struct_shape(struct: dict[str, Any], types: dict[str, Any], outer: frozenset[str]) -> Any:
    """A jsii struct's members with those of the structs it extends; a member typed by a struct
    (or a collection of them) nested, any other type 0 (a map of anything is "*"). A struct inside
    itself (`JsonSchema`'s `items`) is left open."""
    if struct["fqn"] in outer or len(outer) > MAX_DEPTH:
        return "*"
    outer |= {struct["fqn"]}
    members: dict[str, Any] = {}
    stack, seen = [struct], set()
    while stack:
        current = stack.pop()
        if current["fqn"] in seen:
            continue
        seen.add(current["fqn"])
        for member in current.get("properties", []):
            members.setdefault(member["name"], member_shape(member["type"], types, outer))
        stack.extend(types[parent] for parent in current.get("interfaces", []) if parent in types)
    return dict(sorted(members.items()))


def member_shape(type_ref: dict[str, Any], types: dict[str, Any], outer: frozenset[str]) -> Any:
    collection = type_ref.get("collection")
    if collection is not None:
        if collection["kind"] == "map":
            return "*"
        return member_shape(collection["elementtype"], types, outer)
    union = type_ref.get("union")
    if union is not None:  # structs among the choices: the union of their members
        shapes = [member_shape(t, types, outer) for t in union["types"]]
        if "*" in shapes:
            return "*"
        merged: dict[str, Any] = {}
        for found in shapes:
            merged.update(found if isinstance(found, dict) else {})
        return merged or 0
    target = types.get(type_ref.get("fqn", ""))
    if target is not None and target.get("datatype"):
        return struct_shape(target, types, outer)
    return "*" if type_ref.get("primitive") == "json" else 0


def fetch_cdk(version: str, workdir: Path) -> Path:
    command = ["npm", "pack", f"aws-cdk-lib@{version}", "--silent"]
    subprocess.run(command, cwd=workdir, check=True, capture_output=True)
    with tarfile.open(workdir / f"aws-cdk-lib-{version}.tgz") as tar:
        tar.extractall(workdir / "cdk", filter="data")
    return workdir / "cdk" / "package"


def fetch_cdktf(version: str, workdir: Path) -> Path:
    command = ["npm", "pack", f"@cdktf/provider-aws@{version}", "--silent"]
    subprocess.run(command, cwd=workdir, check=True, capture_output=True)
    target = workdir / f"cdktf-{version}"
    with tarfile.open(workdir / f"cdktf-provider-aws-{version}.tgz") as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def by_major_lines(table: dict[str, dict[str, Any]]) -> list[str]:
    """`TYPE<tab>MAJORS<tab>SHAPE` lines, one per distinct shape of a type."""
    lines: list[str] = []
    for type_name, by_major in sorted(table.items()):
        shapes: dict[str, list[str]] = {}
        for provider_major, shape_of in sorted(by_major.items()):
            shapes.setdefault(json.dumps(shape_of, separators=(",", ":")), []).append(provider_major)
        lines += [f"{type_name}\t{','.join(majors)}\t{text}" for text, majors in shapes.items()]
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pulumi-versions", nargs="+", default=PULUMI_VERSIONS)
    ap.add_argument("--sdk-dir", type=Path, help="unpacked @pulumi/aws packages as DIR/<version>/package")
    ap.add_argument("--cdktf-versions", nargs="+", default=CDKTF_VERSIONS)
    ap.add_argument("--cdktf-dir", type=Path, help="unpacked @cdktf/provider-aws as DIR/<version>/package")
    ap.add_argument("--cdk-version", default=CDK_VERSION)
    ap.add_argument("--cdk-dir", type=Path, help="an unpacked aws-cdk-lib: DIR/package")
    ap.add_argument("--out", type=Path, default=DATA, help="the folder to write the tables into")
    args = ap.parse_args()
    cloudformation = cfn_schemas()
    pulumi = pulumi_schemas(args.pulumi_versions, args.sdk_dir)
    terraform = terraform_schemas(args.cdktf_versions, args.cdktf_dir)
    cdk = cdk_schemas(args.cdk_version, args.cdk_dir)
    lines = [f"# generated by scripts/gen_schemas.py from cfn-lint {version('cfn-lint')} (us-east-1)"]
    lines += [
        f"{t}\t{json.dumps(s, separators=(',', ':'), sort_keys=True)}" for t, s in cloudformation.items()
    ]
    (args.out / "cfn_schemas.tsv").write_text("\n".join(lines) + "\n")
    lines = [f"# generated by scripts/gen_schemas.py from @pulumi/aws {', '.join(args.pulumi_versions)}"]
    lines += by_major_lines(pulumi)
    (args.out / "pulumi_schemas.tsv").write_text("\n".join(lines) + "\n")
    bindings = ", ".join(args.cdktf_versions)
    lines = [f"# generated by scripts/gen_schemas.py from @cdktf/provider-aws {bindings}"]
    lines += by_major_lines(terraform)
    (args.out / "terraform_schemas.tsv").write_text("\n".join(lines) + "\n")
    lines = [f"# generated by scripts/gen_schemas.py from aws-cdk-lib {args.cdk_version}"]
    lines += [f"{t}\t{json.dumps(s, separators=(',', ':'), sort_keys=True)}" for t, s in cdk.items()]
    (args.out / "cdk_schemas.tsv").write_text("\n".join(lines) + "\n")
    print(
        f"wrote {args.out}: {len(cloudformation)} CloudFormation types, "
        + f"Pulumi: {len(pulumi)} resource types, Terraform: {len(terraform)} resource types, "
        + f"CDK: {len(cdk)} L2 constructs",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
