"""One contract across every registered language and frontend (as pre-commit tests its plugins)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from iacreview.frontends import registry
from iacreview.model import Key
from tests.conftest import FIXTURES, TODAY

LANGUAGES = registry.LANGUAGES
FRONTENDS = registry.FRONTENDS


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.id)
def test_a_language_declares_a_loader_and_a_dialect(language: registry.Language) -> None:
    module = importlib.import_module(language.module)
    assert callable(getattr(module, language.loader))
    assert language.dialect in ("typescript", "python", "yaml", "json", "hcl")
    assert language.suffixes and all(s.startswith(".") and s == s.lower() for s in language.suffixes)
    assert language.fences


@pytest.mark.parametrize("frontend", FRONTENDS, ids=lambda f: f.id)
def test_a_frontend_names_a_language_and_an_example_suffix(frontend: registry.Frontend) -> None:
    assert frontend.language == "markdown" or registry.language(frontend.language)
    assert registry.example_frontend(f"bad.{frontend.example}") == frontend
    assert registry.frontend(frontend.id) == frontend


def test_ids_are_unique() -> None:
    assert len({lang.id for lang in LANGUAGES}) == len(LANGUAGES)
    assert len({f.id for f in FRONTENDS}) == len(FRONTENDS)
    assert len({f.example for f in FRONTENDS}) == len(FRONTENDS)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("typescript", "kmsMasterKeyId"),
        ("pulumi-yaml", "kmsMasterKeyId"),
        ("python", "kms_master_key_id"),
        ("terraform", "kms_master_key_id"),
        ("cfn-yaml", "KMSMasterKeyID"),
        ("cfn-json", "KMSMasterKeyID"),
    ],
)
def test_each_language_spells_a_model_key(language: str, expected: str) -> None:
    assert registry.language(language).spell(Key("kmsMasterKeyId", pascal="KMSMasterKeyID")) == expected


def test_pascal_spelling_capitalises_when_no_exception_is_given() -> None:
    assert registry.language("cfn-yaml").spell(Key("retentionInDays")) == "RetentionInDays"


def test_every_rule_frontend_is_registered() -> None:
    for rule in Catalogue.load().rules:
        assert all(registry.frontend(f) is not None for f in rule.frontends), rule.id


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (FIXTURES / "reviewed-stack").glob("bad.*") if p.suffix not in (".md", ".expect")),
    ids=lambda p: p.name,
)
def test_resources_and_findings_carry_their_frontend(path: Path, catalogue: Catalogue) -> None:
    """Each bad.* file of the reviewed stack is read by the frontend its name says."""
    expected = registry.example_frontend(path.name)
    assert expected is not None, path.name
    result = Scanner(catalogue, Config(), today=TODAY, keep_projects=True).scan([str(path)])
    assert {r.frontend for p in result.projects for r in p.resources} == {expected.id}
    assert {f.frontend for f in result.findings if f.rule_id != "IAC000"} == {expected.id}
