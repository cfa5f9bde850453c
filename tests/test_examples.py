"""Every rule's examples are its tests: each bad example raises exactly that rule at the annotated
lines (each finding once: two findings on one line need two annotations), each good example never
raises it. One case per (rule, example file).

A bad example's exact spans and messages are pinned by its snapshot, `<example>.snap`: the text
reporter's output for that rule, source lines and carets included. `IACREVIEW_REGEN=1` rewrites the
snapshots; read the diff before committing it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from iacreview.docs import examples
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config, load_config
from iacreview.engine.runner import Scanner
from iacreview.model.span import LineIndex
from iacreview.reporters.text import render_plain
from tests.annotations import expected_in
from tests.conftest import TODAY, scan_files

CATALOGUE = Catalogue.load()
CASES = [(rule.id, path) for rule in CATALOGUE.rules for path in examples(rule)]
BAD = [(rule_id, path) for rule_id, path in CASES if path.name.startswith("bad.")]
REGEN = os.environ.get("IACREVIEW_REGEN") == "1"


@pytest.mark.parametrize(("rule_id", "path"), CASES, ids=[f"{r}/{p.name}" for r, p in CASES])
def test_example(rule_id: str, path: Path, catalogue: Catalogue) -> None:
    # a rule's examples are independent files side by side, not one Terraform module
    found = scan_files([path], catalogue, example_config(path, catalogue), project_context=False)
    got = sorted((file, line, rule) for file, line, rule, _ in found if rule == rule_id)
    if path.name.startswith("bad."):
        want = sorted(
            (str(Path(f).resolve()), line, rule) for f, line, rule in expected_in(path) if rule == rule_id
        )
        assert want, f"{path.name} annotates no {rule_id} finding"
        assert got == want
    else:
        assert got == []


GOOD = [(rule_id, path) for rule_id, path in CASES if path.name.startswith("good.")]


@pytest.mark.parametrize(("rule_id", "path"), GOOD, ids=[f"{r}/{p.name}" for r, p in GOOD])
def test_a_good_example_is_clean_under_every_stable_rule(
    rule_id: str, path: Path, catalogue: Catalogue
) -> None:
    """A published good example gives no finding of any stable rule, or says which rules it leaves
    to their own examples (`iacreview: ignore-file[...] reason`, CloudFormation template Metadata);
    a suppression that silences nothing is itself a finding (IAC001), so the list stays exact."""
    config = example_config(path, catalogue)
    config.preview = False
    found = scan_files([path], catalogue, config, project_context=False)
    assert [(Path(file).name, line, rule) for file, line, rule, _ in found] == []


def snapshot_of(rule_id: str, path: Path, catalogue: Catalogue) -> str:
    """The text report of the rule's findings in a bad example, paths relative to its folder."""
    scanner = Scanner(catalogue, example_config(path, catalogue), today=TODAY, project_context=False)
    result = scanner.scan([str(path)])
    findings = [f for f in result.findings if f.rule_id == rule_id]
    sources = {f.path: LineIndex(result.sources.get(f.path) or Path(f.path).read_bytes()) for f in findings}
    text = render_plain(findings, sources, result.files_scanned)
    for folder in (str(path.parent), os.path.relpath(path.parent)):  # project markers are shown relative
        text = text.replace(folder + os.sep, "")
    return text


@pytest.mark.parametrize(("rule_id", "path"), BAD, ids=[f"{r}/{p.name}" for r, p in BAD])
def test_snapshot(rule_id: str, path: Path, catalogue: Catalogue) -> None:
    snap = path.with_name(path.name + ".snap")
    text = snapshot_of(rule_id, path, catalogue)
    if REGEN:
        snap.write_text(text, encoding="utf-8")
    assert snap.is_file(), f"{snap.name} is missing: run IACREVIEW_REGEN=1 pytest tests/test_examples.py"
    assert text == snap.read_text(encoding="utf-8")


def example_config(path: Path, catalogue: Catalogue) -> Config:
    """A rule whose examples need options (IAC402) keeps them in examples/config.yaml. Preview rules
    run on their examples: the examples are how a rule earns `stable`."""
    config = (path if path.is_dir() else path.parent) / "config.yaml"
    if not config.is_file():
        config = path.parent / "config.yaml"
    loaded = load_config(config, catalogue) if config.is_file() else Config()
    loaded.preview = True
    return loaded
