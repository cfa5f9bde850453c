"""The reference compliant stack, shipped as package data: `iacreview init` writes it and autofix
takes its snippets from it (`iacreview.rulekit.fixes`)."""

import json
import sys
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = ("pulumi-ts", "pulumi-py", "cloudformation")
SKIP = {"__pycache__", "node_modules", ".pytest_cache", ".coverage"}


def template_files(template: str) -> dict[str, str]:
    """The template's files by relative path, in a stable order."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}; choose one of {', '.join(TEMPLATES)}")
    found: dict[str, str] = {}
    _collect(files(__name__) / template, "", found)
    return dict(sorted(found.items()))


def _collect(folder: Traversable, prefix: str, found: dict[str, str]) -> None:
    for entry in folder.iterdir():
        if entry.name in SKIP or entry.name.endswith(".pyc"):
            continue
        if entry.is_dir():
            _collect(entry, f"{prefix}{entry.name}/", found)
        else:
            found[prefix + entry.name] = entry.read_text(encoding="utf-8")


def write_template(template: str, directory: Path) -> int:
    """Write the template into DIRECTORY; exit 2 without writing anything if a file would be overwritten."""
    contents = template_files(template)
    clashes = [name for name in contents if (directory / name).exists()]
    if clashes:
        shown = ", ".join(str(directory / name) for name in clashes[:5])
        print(f"iacreview: refusing to overwrite existing files: {shown}", file=sys.stderr)
        return 2
    for name, text in contents.items():
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"Wrote the {template} reference stack ({len(contents)} files) to {directory}")
    return 0


# --- snippets for autofix ------------------------------------------------------------------------
class CfnLoader(yaml.SafeLoader):
    """Reads CloudFormation YAML, turning short intrinsic tags (`!Sub`) into their long JSON form."""


def _intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    key = suffix if suffix in ("Ref", "Condition") else f"Fn::{suffix}"
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if suffix == "GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {key: value}


CfnLoader.add_multi_constructor("!", _intrinsic)


@cache
def cfn_resource_yaml(logical_id: str, drop: tuple[str, ...] = ("Tags",)) -> tuple[str, ...]:
    """The reference template's resource as YAML lines indented from column 0, without the `drop`
    properties (they name parameters a user's template may not have)."""
    lines = template_files("cloudformation")["template.yaml"].splitlines()
    start = lines.index(f"  {logical_id}:")
    block = [lines[start][2:]]
    skipping = False
    for line in lines[start + 1 :]:
        indent = len(line) - len(line.lstrip())
        if line.strip() and indent <= 2:
            break
        if indent == 6 and line.strip().rstrip(":") in drop:
            skipping = True
            continue
        if skipping and (indent > 6 or not line.strip()):
            continue
        skipping = False
        block.append(line[2:])
    return tuple(block)


@cache
def cfn_resource_json(logical_id: str, drop: tuple[str, ...] = ("Tags",)) -> str:
    """The same resource as one line of JSON: `"Id": {...}`."""
    data = yaml.load("\n".join(cfn_resource_yaml(logical_id, drop)), Loader=CfnLoader)
    return json.dumps(logical_id) + ": " + json.dumps(data[logical_id])
