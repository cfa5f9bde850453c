"""The reference compliant stack, shipped as package data: `iacreview init` writes it and autofix
takes its snippets from it (`iacreview.rulekit.fixes`)."""

import re
import sys
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = ("pulumi-ts", "pulumi-py", "cloudformation", "terraform")
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


def cfn_resource(logical_id: str, drop: tuple[str, ...] = ("Tags",)) -> Any:
    """The same resource as data, intrinsics in their JSON form."""
    return yaml.load("\n".join(cfn_resource_yaml(logical_id, drop)), Loader=CfnLoader)[logical_id]


# The program stacks' key, lifted out of its component so a fix can add it at a program's module
# level: the `aws.kms.Key(...)` call of the reference source, named `data-key`, without the
# component's `tags` and `parent`, and with the account id looked up where it is used.
KEY_SOURCES = {"typescript": ("pulumi-ts", "index.ts"), "python": ("pulumi-py", "infra.py")}
KEY_IMPORTS = {"typescript": ("pulumi",), "python": ("json",)}
_CLOSERS = {"(": ")", "[": "]", "{": "}"}


def call_arguments(text: str, open_paren: int) -> tuple[list[str], int]:
    """The top-level arguments of the call whose `(` is at `open_paren`, and the offset after its
    `)`. Strings (quotes, backticks) are skipped whole; our own sources put no bracket in a comment."""
    depth, position, start = 0, open_paren, open_paren + 1
    arguments: list[str] = []
    stack: list[str] = []
    while position < len(text):
        char = text[position]
        if char in "\"'`":
            position = text.index(char, position + 1) + 1
            continue
        if char in _CLOSERS:
            stack.append(_CLOSERS[char])
            depth += 1
        elif stack and char == stack[-1]:
            stack.pop()
            depth -= 1
            if depth == 0:
                arguments.append(text[start:position])
                return [a.strip() for a in arguments if a.strip()], position + 1
        elif char == "," and depth == 1:
            arguments.append(text[start:position])
            start = position + 1
        position += 1
    raise ValueError("unbalanced call in the reference source")


def _dedent(text: str) -> list[str]:
    lines = text.split("\n")
    tail = [line for line in lines[1:] if line.strip()]
    cut = min((len(line) - len(line.lstrip()) for line in tail), default=0)
    return [lines[0]] + [line[cut:] for line in lines[1:]]


@cache
def pulumi_key(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The reference key as module-level code (lines, `{aws}` standing for the provider module's
    name) and the modules it needs imported. The fixed examples pin the result; the TypeScript is
    type-checked and the Python compiled by the fix tests."""
    template, name = KEY_SOURCES[language]
    text = template_files(template)[name]
    call = re.search(r"aws\.kms\.Key\(", text)
    if call is None:
        raise ValueError(f"the {template} reference stack has no aws.kms.Key")
    arguments, _ = call_arguments(text, call.end() - 1)
    if language == "typescript":
        props = "\n".join(
            line for line in _dedent(arguments[1]) if line.strip() not in ("tags,", "tags")
        ).replace("current.accountId", "aws.getCallerIdentityOutput().accountId")
        code = f'const dataKey = new aws.kms.Key("data-key", {props});'
    else:
        keywords = [a for a in arguments[1:] if not a.startswith(("tags=", "opts="))]
        body = [
            "    " + line
            for keyword in keywords
            for line in _comma_after(
                _dedent(keyword.replace("{account_id}", "{aws.get_caller_identity().account_id}"))
            )
        ]
        code = "\n".join(["data_key = aws.kms.Key(", '    "data-key",', *body, ")"])
    return tuple(re.sub(r"\baws\.", "{aws}.", code).split("\n")), KEY_IMPORTS[language]


CALLER_IDENTITY = 'data "aws_caller_identity" "current" {}'


def terraform_key() -> tuple[str, ...]:
    """The Terraform reference stack's key block (`aws_kms_key.data`, without the comment above it),
    as lines; its policy names `data.aws_caller_identity.current`, declared by `CALLER_IDENTITY`."""
    lines = template_files("terraform")["main.tf"].splitlines()
    start = lines.index('resource "aws_kms_key" "data" {')
    end = lines.index("}", start)
    return tuple(lines[start : end + 1])


def _comma_after(lines: list[str]) -> list[str]:
    return [*lines[:-1], lines[-1] + ","]
