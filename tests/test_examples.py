"""Every rule's examples are its tests: each bad example raises exactly that rule at the annotated
lines, each good example never raises it. One case per (rule, example file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.docs import examples
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config, load_config
from tests.annotations import expected
from tests.conftest import scan

CATALOGUE = Catalogue.load()
CASES = [(rule.id, path) for rule in CATALOGUE.rules for path in examples(rule)]


@pytest.mark.parametrize(("rule_id", "path"), CASES, ids=[f"{r}/{p.name}" for r, p in CASES])
def test_example(rule_id: str, path: Path, catalogue: Catalogue) -> None:
    got = {
        (line, rule)
        for line, rule, _ in scan([path], catalogue, example_config(path, catalogue))
        if rule == rule_id
    }
    if path.name.startswith("bad."):
        want = {(line, rule) for line, rule in expected(path) if rule == rule_id}
        assert want, f"{path.name} annotates no {rule_id} finding"
        assert got == want
    else:
        assert got == set()


def example_config(path: Path, catalogue: Catalogue) -> Config:
    """A rule whose examples need options (IAC402) keeps them in examples/config.yaml."""
    config = path.parent / "config.yaml"
    return load_config(config, catalogue) if config.is_file() else Config()
