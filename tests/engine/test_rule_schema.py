"""rule.yaml has a schema, and a rule's status decides whether it runs by default."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from iacreview.engine.catalogue import Catalogue, CatalogueError, load_rule
from iacreview.engine.config import Config, parse_config

SOURCE = Path(__file__).resolve().parents[2] / "rules" / "monitoring" / "log-retention-missing" / "rule.yaml"


def write_rule(tmp_path: Path, **changes: object) -> Path:
    data = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    folder = tmp_path / "monitoring" / "log-retention-missing"
    folder.mkdir(parents=True)
    (folder / "check.py").write_text((SOURCE.parent / "check.py").read_text(encoding="utf-8"))
    spec = folder / "rule.yaml"
    spec.write_text(yaml.safe_dump(data), encoding="utf-8")
    return spec


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"fixx": "none"}, "unknown key `fixx`"),
        ({"docs": {"what": "a", "why": "b", "fix": "c", "references": [], "seealso": "d"}}, "docs.seealso"),
        ({"status": "beta"}, "status 'beta'"),
        ({"status": None}, "missing key `status`"),
        ({"fix_title": None}, "needs `fix_title`"),
        ({"frontends": ["pulumi-ts"]}, "unknown key `frontends`"),  # derived from the examples
        ({"severity": "severe"}, "severity 'severe'"),
        ({"options": {"days": {"type": "int", "dflt": 3}}}, "option `days`: unknown keys dflt"),
    ],
)
def test_a_bad_rule_yaml_is_an_error_naming_the_key(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(CatalogueError, match=message.replace("`", ".").replace("'", ".")):
        load_rule(write_rule(tmp_path, **changes))


def test_every_shipped_rule_passes_the_schema() -> None:
    assert Catalogue.load().rules  # load() validates each rule.yaml


def test_preview_rules_run_only_when_asked(catalogue: Catalogue) -> None:
    preview = next(rule for rule in catalogue.rules if rule.status == "preview")
    assert preview.id not in Config().enabled(catalogue)
    assert preview.id not in Config().enabled(catalogue, select=[preview.id[:4]])  # a prefix is not enough
    assert preview.id in Config().enabled(catalogue, select=[preview.id])
    assert preview.id in Config().enabled(catalogue, select=[preview.name])
    assert preview.id in parse_config({"preview": True}, "x.yaml", catalogue).enabled(catalogue)


def test_preview_must_be_a_boolean(catalogue: Catalogue) -> None:
    from iacreview.engine.config import ConfigError

    with pytest.raises(ConfigError, match="preview"):
        parse_config({"preview": "yes"}, "x.yaml", catalogue)
