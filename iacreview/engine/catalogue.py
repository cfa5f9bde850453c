"""The rule catalogue: every folder under rules/ with a rule.yaml (what) and a check.py (how).

Nothing registers itself: `Catalogue.load` walks the folder, reads each rule.yaml and imports the
sibling check.py by path. Checks are indexed by the kinds they apply to.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from iacreview.frontends import registry
from iacreview.model.finding import SEVERITIES

ID_PATTERN = re.compile(r"^IAC\d{3}$")
SCOPES = ("resource", "stack", "parse")
STATUSES = ("preview", "stable", "deprecated")
FIXES = ("none", "sometimes", "always")
# rule.yaml's schema: every key a rule may have, whether it must, and what it holds
RULE_KEYS: dict[str, tuple[bool, type | tuple[type, ...]]] = {
    "id": (True, str),
    "name": (True, str),
    "summary": (True, str),
    "severity": (True, str),
    "status": (True, str),
    "message": (True, str),
    "docs": (True, dict),
    "fix": (False, str),
    "fix_title": (False, str),
    "scope": (False, str),
    "applies_to": (False, list),
    "messages": (False, dict),
    "options": (False, dict),
    # message variants whose one finding stands for all the rule's findings in its file (IAC501's
    # "exports no outputs"): a baseline that accepts it accepts the findings that replace it
    "baseline_covers_file": (False, list),
}
DOCS_KEYS: dict[str, tuple[bool, type | tuple[type, ...]]] = {
    "what": (True, str),
    "why": (True, str),
    "fix": (True, str),
    "known_problems": (False, str),
    "fix_safety": (False, str),
    "references": (True, list),
}
OPTION_KEYS = {"type", "default", "description"}
FRONTENDS = tuple(frontend.id for frontend in registry.FRONTENDS)


class CatalogueError(Exception):
    pass


def example_frontends(examples: Path) -> tuple[str, ...]:
    """The frontends a rule is documented and tested for: those it has a bad and a good example of
    (derived, so the list cannot drift from the examples), in the registry's order."""
    return tuple(
        f.id
        for f in registry.FRONTENDS
        if (examples / f"bad.{f.example}").exists() and (examples / f"good.{f.example}").exists()
    )


def fixed_frontends(examples: Path) -> tuple[str, ...]:
    """The frontends a rule's fix is rendered and tested for beyond those fixed everywhere (the
    registry's `fixes`): those it has a `fixed.<example>` of, which the fix tests compare against."""
    return tuple(f.id for f in registry.FRONTENDS if (examples / f"fixed.{f.example}").exists())


@dataclass(frozen=True)
class RuleOption:
    name: str
    type: str
    default: Any
    description: str


@dataclass
class Rule:
    id: str
    name: str
    severity: str
    scope: str
    applies_to: tuple[str, ...]
    message: str
    summary: str
    fix: str
    fix_title: str
    status: str
    frontends: tuple[str, ...]
    docs: dict[str, Any]
    folder: Path
    area: str
    options: dict[str, RuleOption] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    baseline_covers_file: tuple[str, ...] = ()
    fixed_frontends: tuple[str, ...] = ()
    check: Callable[..., Iterator[Any]] | None = None

    @property
    def fixable(self) -> bool:
        return self.fix != "none"

    @property
    def fix_safety(self) -> str:
        return " ".join(str(self.docs.get("fix_safety", "")).split())


def default_rules_dir() -> Path:
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise CatalogueError("the rules folder is missing from this installation")


class Catalogue:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = sorted(rules, key=lambda r: r.id)
        self.by_id = {r.id: r for r in self.rules}
        self.by_name = {r.name: r for r in self.rules}

    @classmethod
    def load(cls, folder: Path | None = None) -> Catalogue:
        folder = folder or default_rules_dir()
        rules = [load_rule(spec) for spec in sorted(folder.glob("*/*/rule.yaml"))]
        ids = [r.id for r in rules]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise CatalogueError(f"duplicate rule ids: {', '.join(sorted(duplicates))}")
        return cls(rules)

    def get(self, key: str) -> Rule | None:
        return self.by_id.get(key.upper()) or self.by_name.get(key)

    def resolve_selector(self, selector: str) -> list[Rule]:
        """Rules a selector names: an id, an id prefix (`IAC1`, `ALL`) or a rule name."""
        if selector.upper() == "ALL":
            return list(self.rules)
        rule = self.by_name.get(selector)
        if rule:
            return [rule]
        return [r for r in self.rules if r.id.startswith(selector.upper())]


def load_rule(spec_path: Path) -> Rule:
    try:
        data = yaml.load(
            spec_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{spec_path}: {exc}") from exc
    if not isinstance(data, dict):
        raise CatalogueError(f"{spec_path}: not a mapping")
    validate(data, spec_path)
    try:
        rule = Rule(
            id=str(data["id"]),
            name=str(data["name"]),
            severity=str(data["severity"]),
            scope=str(data.get("scope", "resource")),
            applies_to=tuple(data.get("applies_to") or ()),
            message=str(data["message"]),
            summary=str(data["summary"]),
            fix=str(data.get("fix", "none")),
            fix_title=str(data.get("fix_title", "")),
            status=str(data["status"]),
            frontends=example_frontends(spec_path.parent / "examples"),
            fixed_frontends=fixed_frontends(spec_path.parent / "examples"),
            docs=dict(data["docs"]),
            folder=spec_path.parent,
            area=spec_path.parent.parent.name,
            messages={str(k): str(v) for k, v in (data.get("messages") or {}).items()},
            baseline_covers_file=tuple(str(v) for v in data.get("baseline_covers_file") or ()),
            options={
                name: RuleOption(
                    name, str(o.get("type", "str")), o.get("default"), str(o.get("description", ""))
                )
                for name, o in (data.get("options") or {}).items()
            },
        )
    except KeyError as exc:
        raise CatalogueError(f"{spec_path}: missing key {exc}") from exc
    if not ID_PATTERN.match(rule.id):
        raise CatalogueError(f"{spec_path}: id {rule.id!r} is not IAC plus three digits")
    if rule.severity not in SEVERITIES:
        raise CatalogueError(f"{spec_path}: severity {rule.severity!r} is not one of {', '.join(SEVERITIES)}")
    if rule.scope not in SCOPES:
        raise CatalogueError(f"{spec_path}: scope {rule.scope!r} is not one of {', '.join(SCOPES)}")
    check_path = spec_path.parent / "check.py"
    if rule.scope != "parse":
        rule.check = _import_check(check_path, rule.id)
    return rule


def validate(data: dict[str, Any], spec_path: Path) -> None:
    """rule.yaml against its schema: no unknown keys, the required ones present, values of the
    right type and from the allowed sets; a fix that can be applied has a title and a safety text."""

    def keys(mapping: dict[str, Any], schema: dict[str, tuple[bool, Any]], where: str) -> None:
        for key, value in mapping.items():
            if key not in schema:
                known = ", ".join(sorted(schema))
                raise CatalogueError(f"{spec_path}: unknown key `{where}{key}` (known: {known})")
            if not isinstance(value, schema[key][1]):
                raise CatalogueError(f"{spec_path}: `{where}{key}` has the wrong type")
        for key, (required, _) in schema.items():
            if required and key not in mapping:
                raise CatalogueError(f"{spec_path}: missing key `{where}{key}`")

    keys(data, RULE_KEYS, "")
    keys(data["docs"], DOCS_KEYS, "docs.")
    for name, option in (data.get("options") or {}).items():
        unknown = set(option or {}) - OPTION_KEYS if isinstance(option, dict) else {"(not a mapping)"}
        if unknown:
            raise CatalogueError(f"{spec_path}: option `{name}`: unknown keys {', '.join(sorted(unknown))}")
        spelling = str(option.get("type", "str"))
        try:
            fits = conforms(option.get("default"), spelling)
        except ValueError as exc:
            raise CatalogueError(f"{spec_path}: option `{name}`: {exc}") from exc
        if not fits:
            raise CatalogueError(f"{spec_path}: option `{name}`: the default is not of type {spelling}")
    for key, allowed in (("status", STATUSES), ("fix", FIXES), ("scope", SCOPES), ("severity", SEVERITIES)):
        if key in data and data[key] not in allowed:
            raise CatalogueError(f"{spec_path}: {key} {data[key]!r} is not one of {', '.join(allowed)}")
    if data.get("fix", "none") != "none" and not (data.get("fix_title") and data["docs"].get("fix_safety")):
        raise CatalogueError(f"{spec_path}: a rule with a fix needs `fix_title` and `docs.fix_safety`")


def _import_check(path: Path, rule_id: str) -> Callable[..., Iterator[Any]]:
    module_name = f"iacreview_rule_{rule_id.lower()}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise CatalogueError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    check = getattr(module, "check", None)
    if not callable(check):
        raise CatalogueError(f"{path}: defines no check function")
    return check  # type: ignore[no-any-return]


_SCALARS: dict[str, type | tuple[type, ...]] = {"int": int, "str": str, "bool": bool, "float": (int, float)}


def conforms(value: object, spelling: str) -> bool:
    """Whether a configured value has an option's type, spelled `int`, `str`, `bool`, `float`,
    `list[T]` or `dict[str, T]` (nested as deep as needed). ValueError for an unknown spelling."""
    spelling = spelling.replace(" ", "")
    if spelling in _SCALARS:
        return isinstance(value, _SCALARS[spelling]) and (spelling == "bool" or not isinstance(value, bool))
    if spelling.startswith("list[") and spelling.endswith("]"):
        item = spelling[5:-1]
        return isinstance(value, list) and all(conforms(v, item) for v in value) and conforms_type(item)
    if spelling.startswith("dict[str,") and spelling.endswith("]"):
        item = spelling[9:-1]
        return (
            isinstance(value, dict)
            and all(isinstance(k, str) and conforms(v, item) for k, v in value.items())
            and conforms_type(item)
        )
    raise ValueError(f"unknown type {spelling!r} (int, str, bool, float, list[T], dict[str, T])")


def conforms_type(spelling: str) -> bool:
    """Whether a type spelling is known (raises ValueError, like `conforms`, when it is not)."""
    if spelling in _SCALARS:
        return True
    if spelling.startswith("list[") and spelling.endswith("]"):
        return conforms_type(spelling[5:-1])
    if spelling.startswith("dict[str,") and spelling.endswith("]"):
        return conforms_type(spelling[9:-1])
    raise ValueError(f"unknown type {spelling!r} (int, str, bool, float, list[T], dict[str, T])")
