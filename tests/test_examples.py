"""Every rule's examples are its tests: each bad example raises exactly that rule at the annotated
lines, each good example never raises it. One case per (rule, example file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.docs import examples
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config, load_config
from tests.annotations import expected_in
from tests.conftest import scan_files

CATALOGUE = Catalogue.load()
CASES = [(rule.id, path) for rule in CATALOGUE.rules for path in examples(rule)]


@pytest.mark.parametrize(("rule_id", "path"), CASES, ids=[f"{r}/{p.name}" for r, p in CASES])
def test_example(rule_id: str, path: Path, catalogue: Catalogue) -> None:
    found = scan_files([path], catalogue, example_config(path, catalogue))
    got = {(file, line, rule) for file, line, rule, _ in found if rule == rule_id}
    if path.name.startswith("bad."):
        want = {
            (str(Path(f).resolve()), line, rule) for f, line, rule in expected_in(path) if rule == rule_id
        }
        assert want, f"{path.name} annotates no {rule_id} finding"
        assert got == want
    else:
        assert got == set()


def example_config(path: Path, catalogue: Catalogue) -> Config:
    """A rule whose examples need options (IAC402) keeps them in examples/config.yaml. Preview rules
    run on their examples: the examples are how a rule earns `stable`."""
    config = (path if path.is_dir() else path.parent) / "config.yaml"
    if not config.is_file():
        config = path.parent / "config.yaml"
    loaded = load_config(config, catalogue) if config.is_file() else Config()
    loaded.preview = True
    return loaded
