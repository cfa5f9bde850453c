"""Configuration: `[tool.iacreview]` in pyproject.toml or `.iacreview.yaml`, found upward from the scan.

Keys are kebab-case. An unknown key or a bad value is an error naming the key and the file.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iacreview.engine.catalogue import Catalogue, conforms
from iacreview.model.finding import SEVERITIES

CONFIG_FILES = (".iacreview.yaml", ".iacreview.yml", "pyproject.toml")
KEYS = {
    "select",
    "ignore",
    "fail-on",
    "per-file-ignores",
    "severity",
    "rule-options",
    "provider-versions",
    "exclude",
    "preview",
}


class ConfigError(Exception):
    pass


@dataclass
class Config:
    source: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    fail_on: str = "low"
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    provider_versions: dict[str, str] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    preview: bool = False  # run rules whose status is preview (else only when selected by id or name)

    def enabled(
        self, catalogue: Catalogue, select: list[str] | None = None, ignore: list[str] | None = None
    ) -> list[str]:
        """Rule ids to run: command-line selections override the file's. A preview rule runs when
        preview is on, or when it is selected by its own id or name (not by `ALL` or a prefix)."""
        chosen = select if select is not None else self.select
        ids = {
            r.id
            for s in (chosen or ["ALL"])
            for r in catalogue.resolve_selector(s)
            if r.status != "preview" or self.preview or s.upper() == r.id or s == r.name
        }
        for s in [*self.ignore, *(ignore or [])]:
            ids -= {r.id for r in catalogue.resolve_selector(s)}
        return sorted(ids)

    def relative(self, path: str) -> str:
        """A path as the configuration's patterns see it: relative to the folder the file is in."""
        if self.source is None:
            return path
        rel = os.path.relpath(os.path.abspath(path), Path(self.source).resolve().parent)
        return path if rel.startswith("..") else rel

    def matches(self, path: str, pattern: str) -> bool:
        return any(fnmatch.fnmatch(p, pattern) for p in (path, self.relative(path), Path(path).name))

    def ignored_in(self, path: str, catalogue: Catalogue) -> set[str]:
        ids: set[str] = set()
        for pattern, selectors in self.per_file_ignores.items():
            if self.matches(path, pattern):
                ids |= {r.id for s in selectors for r in catalogue.resolve_selector(s)}
        return ids

    def options_for(self, rule_id: str, catalogue: Catalogue) -> dict[str, Any]:
        rule = catalogue.by_id[rule_id]
        values = {name: opt.default for name, opt in rule.options.items()}
        values.update(self.rule_options.get(rule_id, {}))
        return values


def find_config(start: Path) -> Path | None:
    """The nearest configuration at or above `start`: in one folder `.iacreview.yaml` comes before
    `.iacreview.yml`, which comes before a `pyproject.toml` with a `[tool.iacreview]` table."""
    found = configs_near(start)
    return found[0] if found else None


def configs_near(start: Path) -> list[Path]:
    """Every configuration file of the nearest folder (at or above `start`) that has one, the one
    used first: more than one means the others are not read, which the CLI says."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        found = [
            candidate / name
            for name in CONFIG_FILES
            if (candidate / name).is_file()
            and (name != "pyproject.toml" or b"[tool.iacreview" in (candidate / name).read_bytes())
        ]
        if found:
            return found
    return []


def load_config(path: Path | None, catalogue: Catalogue) -> Config:
    if path is None:
        return Config()
    try:
        if path.name == "pyproject.toml":
            import tomllib

            raw = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("iacreview", {})
        else:
            import yaml

            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc
    except Exception as exc:  # yaml.YAMLError and friends
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc
    return parse_config(raw, str(path), catalogue)


def parse_config(raw: Any, source: str, catalogue: Catalogue) -> Config:
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: the configuration must be a mapping")
    config = Config(source=source)
    for key, value in raw.items():
        if key not in KEYS:
            raise ConfigError(f"{source}: unknown key `{key}` (known: {', '.join(sorted(KEYS))})")
        if key in ("select", "ignore", "exclude"):
            items = _str_list(value, key, source)
            if key != "exclude":
                _check_selectors(items, key, source, catalogue)
            setattr(config, key, items)
        elif key == "preview":
            if not isinstance(value, bool):
                raise ConfigError(f"{source}: `preview` must be true or false, not {value!r}")
            config.preview = value
        elif key == "fail-on":
            if value not in SEVERITIES:
                raise ConfigError(
                    f"{source}: `fail-on` must be one of {', '.join(SEVERITIES)}, not {value!r}"
                )
            config.fail_on = value
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: `per-file-ignores` must map path patterns to rule lists")
            for pattern, selectors in value.items():
                items = _str_list(selectors, f"per-file-ignores.{pattern}", source)
                _check_selectors(items, f"per-file-ignores.{pattern}", source, catalogue)
                config.per_file_ignores[str(pattern)] = items
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: `severity` must map rule ids to severities")
            for rule_key, severity in value.items():
                rule = catalogue.get(str(rule_key))
                if rule is None:
                    raise ConfigError(f"{source}: `severity.{rule_key}`: no such rule")
                if severity not in SEVERITIES:
                    raise ConfigError(
                        f"{source}: `severity.{rule_key}` must be one of {', '.join(SEVERITIES)}"
                    )
                config.severity[rule.id] = severity
        elif key == "rule-options":
            config.rule_options = _rule_options(value, source, catalogue)
        elif key == "provider-versions":
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: `provider-versions` must map package names to versions")
            config.provider_versions = {str(k): str(v) for k, v in value.items()}
    return config


def _str_list(value: Any, key: str, source: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: `{key}` must be a list of strings")
    return list(value)


def _check_selectors(items: list[str], key: str, source: str, catalogue: Catalogue) -> None:
    for item in items:
        if not catalogue.resolve_selector(item):
            raise ConfigError(f"{source}: `{key}`: {item!r} names no rule")


def _rule_options(value: Any, source: str, catalogue: Catalogue) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: `rule-options` must map rule ids to option tables")
    result: dict[str, dict[str, Any]] = {}
    for rule_key, options in value.items():
        rule = catalogue.get(str(rule_key))
        if rule is None:
            raise ConfigError(f"{source}: `rule-options.{rule_key}`: no such rule")
        if not isinstance(options, dict):
            raise ConfigError(f"{source}: `rule-options.{rule_key}` must be a table of options")
        for name, option_value in options.items():
            declared = rule.options.get(name)
            if declared is None:
                known = ", ".join(sorted(rule.options)) or "none"
                raise ConfigError(
                    f"{source}: `rule-options.{rule_key}.{name}`: unknown option (known: {known})"
                )
            if not conforms(option_value, declared.type):
                raise ConfigError(
                    f"{source}: `rule-options.{rule_key}.{name}` must be of type {declared.type}"
                )
        result[rule.id] = dict(options)
    return result
