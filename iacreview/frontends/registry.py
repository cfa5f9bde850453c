"""Every input language and frontend iacreview reads, declared once.

A `Language` is one parser: the files and Markdown fences it claims, how it recognises IaC in
them, how it loads them into the project builder, how it spells a model key, and the dialect its
fixes are rendered in. A `Frontend` is a framework read through a language (`pulumi-ts` is Pulumi
through TypeScript): rules list the frontends they support, example files are named after them, and
every resource and finding carries its frontend's id. Discovery, the runner, fixes, the catalogue,
the docs and the reporters ask here; nothing else keeps a table of suffixes or languages.

Adding a frontend: one module with a `load(units, builder)` function, plus its lines below.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from iacreview.frontends import cloudformation, pulumi_yaml
from iacreview.frontends.base import ProjectBuilder, SourceUnit
from iacreview.frontends.cloudformation import looks_like_template
from iacreview.frontends.manifests import MANIFEST_NAMES
from iacreview.model import Key

Loader = Callable[[list[SourceUnit], ProjectBuilder], None]
MARKDOWN_SUFFIXES = (".md", ".markdown")


# --- how each language spells a model key ------------------------------------------------------
def camel_case(key: Key) -> str:
    return key.camel


def snake_case(key: Key) -> str:
    return key.snake_case


def pascal_case(key: Key) -> str:
    return key.pascal_case


# --- how each language recognises IaC in a file or a block ---------------------------------------
def _markers(*markers: bytes) -> Callable[[bytes], bool]:
    return lambda data: any(marker in data for marker in markers)


def _any_content(_: bytes) -> bool:
    return True


def _is_test(name: str) -> bool:
    from iacreview.frontends.markdown import is_test  # the one definition of a test file's name

    return is_test(name)


def _program_skip(rel: str) -> str:
    return "a test file" if _is_test(rel) else ""


def _template_skip(rel: str) -> str:
    name = PurePath(rel).name
    if name in MANIFEST_NAMES or name.startswith(("Pulumi.", "tsconfig", "cdk.json", "package-lock")):
        return "a project manifest, not a template"
    return ""


def _no_skip(_: str) -> str:
    return ""


@dataclass(frozen=True)
class Language:
    id: str
    suffixes: tuple[str, ...]  # lower case, with the dot
    fences: tuple[str, ...]  # Markdown info strings
    dialect: str  # how code is written and fixes rendered: typescript | python | yaml | json | hcl
    module: str  # the module whose `load` reads it (imported only when needed)
    loader: str
    detect: Callable[[bytes], bool]  # IaC of this language in a file's bytes
    not_iac: str  # why a claimed file is skipped when `detect` says no
    spell: Callable[[Key], str]
    projects: str  # how files form projects: "program" (by project root), "module" (folder), "file"
    skip: Callable[[str], str] = _no_skip  # a reason to skip by path alone (test files, manifests)
    detect_block: Callable[[bytes], bool] | None = None  # in a Markdown block, when not `detect`
    # how a fix refers to an attribute of a resource by its logical name (templates and YAML programs)
    refer: Callable[[str, Key], str] | None = None

    def claims(self, name: str) -> bool:
        return name.lower().endswith(self.suffixes) and not name.endswith(".d.ts")

    def in_block(self, text: bytes) -> bool:
        return (self.detect_block or self.detect)(text)

    def load(self, units: list[SourceUnit], builder: ProjectBuilder) -> None:
        load: Loader = getattr(importlib.import_module(self.module), self.loader)
        load(units, builder)


@dataclass(frozen=True)
class Frontend:
    id: str  # as rules, configuration and findings name it
    framework: str  # what Resource.framework holds for its resources
    language: str  # a Language id; "markdown" for the container format
    example: str  # example files are `bad.<example>` and `good.<example>`
    fixes: bool  # whether fixes are rendered (and tested) for it


LANGUAGES: tuple[Language, ...] = (
    Language(
        id="typescript",
        suffixes=(".ts", ".tsx", ".js", ".mjs", ".cjs"),
        fences=("typescript", "ts", "tsx", "javascript", "js"),
        dialect="typescript",
        module="iacreview.frontends.typescript",
        loader="load",
        detect=_markers(
            b"@pulumi/", b"aws-cdk-lib", b"@cdktf/", b'"cdktf"', b"'cdktf'", b".gen/providers/aws"
        ),
        not_iac="no Pulumi, CDK or CDKTF import found",
        spell=camel_case,
        projects="program",
        skip=_program_skip,
    ),
    Language(
        id="python",
        suffixes=(".py",),
        fences=("python", "py"),
        dialect="python",
        module="iacreview.frontends.python",
        loader="load",
        detect=_markers(b"import pulumi", b"from pulumi", b"aws_cdk", b"cdktf", b"from imports.aws"),
        not_iac="no Pulumi, CDK or CDKTF import found",
        spell=snake_case,
        projects="program",
        skip=_program_skip,
    ),
    Language(
        id="terraform",
        suffixes=(".tf",),
        fences=("hcl", "terraform", "tf"),
        dialect="hcl",
        module="iacreview.frontends.terraform",
        loader="load",
        detect=_any_content,  # every .tf file of a module counts (variables, locals, outputs)
        detect_block=_markers(b"resource", b"provider", b"output"),
        not_iac="",
        spell=snake_case,
        projects="module",
    ),
    Language(
        id="cfn-yaml",
        suffixes=(".yaml", ".yml", ".template"),
        fences=("yaml", "yml"),
        dialect="yaml",
        module="iacreview.frontends.cloudformation",
        loader="load_yaml",
        detect=looks_like_template,
        not_iac="not a CloudFormation template (no AWSTemplateFormatVersion or AWS:: resource types)",
        spell=pascal_case,
        refer=cloudformation.refer_yaml,
        projects="file",
        skip=_template_skip,
    ),
    Language(
        id="cfn-json",
        suffixes=(".json",),
        fences=("json",),
        dialect="json",
        module="iacreview.frontends.cloudformation",
        loader="load_json",
        detect=looks_like_template,
        not_iac="not a CloudFormation template (no AWSTemplateFormatVersion or AWS:: resource types)",
        spell=pascal_case,
        refer=cloudformation.refer_json,
        projects="file",
        skip=_template_skip,
    ),
    Language(
        id="pulumi-yaml",
        suffixes=(".yaml", ".yml"),
        fences=("yaml", "yml"),
        dialect="yaml",
        module="iacreview.frontends.pulumi_yaml",
        loader="load",
        detect=pulumi_yaml.is_program,
        not_iac="a Pulumi project file without a YAML program",
        spell=camel_case,
        refer=pulumi_yaml.refer,
        projects="file",
    ),
)

FRONTENDS: tuple[Frontend, ...] = (
    Frontend("pulumi-ts", "pulumi", "typescript", "pulumi.ts", fixes=True),
    Frontend("pulumi-py", "pulumi", "python", "pulumi.py", fixes=True),
    Frontend("cfn-yaml", "cloudformation", "cfn-yaml", "cfn.yaml", fixes=True),
    Frontend("cfn-json", "cloudformation", "cfn-json", "cfn.json", fixes=True),
    Frontend("markdown", "", "markdown", "md", fixes=True),
    Frontend("cdk-ts", "cdk", "typescript", "cdk.ts", fixes=False),
    Frontend("cdk-py", "cdk", "python", "cdk.py", fixes=False),
    Frontend("cdktf-ts", "cdktf", "typescript", "cdktf.ts", fixes=False),
    Frontend("cdktf-py", "cdktf", "python", "cdktf.py", fixes=False),
    Frontend("terraform", "terraform", "terraform", "tf", fixes=False),
    Frontend("pulumi-yaml", "pulumi", "pulumi-yaml", "pulumi.yaml", fixes=True),
)

_LANGUAGES = {language.id: language for language in LANGUAGES}
_FRONTENDS = {frontend.id: frontend for frontend in FRONTENDS}
FRONTEND_IDS = {(f.framework, f.language): f.id for f in FRONTENDS}
# info string -> dialect, for Markdown blocks (the first language claiming a fence names it)
FENCE_DIALECTS = {fence: lang.dialect for lang in reversed(LANGUAGES) for fence in lang.fences}
SUFFIX_DIALECTS = {suffix: lang.dialect for lang in reversed(LANGUAGES) for suffix in lang.suffixes}


def language(language_id: str) -> Language:
    """The language of a registry id (KeyError for an id the registry never gave out)."""
    return _LANGUAGES[language_id]


def frontend(frontend_id: str) -> Frontend | None:
    return _FRONTENDS.get(frontend_id)


def claiming(name: str) -> list[Language]:
    """The languages that may read a file of this name, in the order they are tried."""
    return [lang for lang in LANGUAGES if lang.claims(name)]


def in_block(dialect: str, text: bytes) -> Language | None:
    """The language of a Markdown block fenced as `dialect`, judged by its content."""
    return next((lang for lang in LANGUAGES if lang.dialect == dialect and lang.in_block(text)), None)


def is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def dialect_of(name: str) -> str:
    """The fence language for showing a file's code: by its suffix ("markdown" for a document)."""
    if is_markdown(name):
        return "markdown"
    return SUFFIX_DIALECTS.get(PurePath(name).suffix.lower(), "")


def example_frontend(name: str) -> Frontend | None:
    """The frontend an example file is written for: `bad.cdk.ts` -> cdk-ts."""
    stem = name.split(".", 1)[1].removesuffix(".expect") if "." in name else ""
    return next((f for f in FRONTENDS if f.example == stem), None)
