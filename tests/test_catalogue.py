"""The contract every rule folder keeps (STYLE.md §2-§4), checked for all rules at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iacreview.engine.catalogue import FRONTENDS, Catalogue, Rule, conforms
from iacreview.frontends import registry
from iacreview.model.kinds import KNOWN_KINDS

CATALOGUE = Catalogue.load()
RUNNER = Path(__file__).resolve().parent.parent / "iacreview" / "engine" / "runner.py"
RULES = CATALOGUE.rules
AREAS = {
    "core": 0,
    "encryption": 1,
    "deprecation": 2,
    "monitoring": 3,
    "iam": 4,
    "outputs": 5,
    "architecture": 6,
    "environments": 7,
    "hygiene": 8,
    "project": 9,
}
EXAMPLE_SUFFIX = {frontend.id: frontend.example for frontend in registry.FRONTENDS}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def ids(rules: list[Rule]) -> list[str]:
    return [r.id for r in rules]


def test_ids_are_unique_and_well_formed() -> None:
    assert len(set(ids(RULES))) == len(RULES)
    assert all(re.fullmatch(r"IAC\d{3}", r.id) for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_name_and_folder(rule: Rule) -> None:
    assert rule.folder.name == rule.name
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert not rule.name.startswith(("ensure-", "no-", "disallow-", "check-"))
    assert AREAS[rule.area] == int(rule.id[3])


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_docs_have_the_fixed_sections(rule: Rule) -> None:
    assert rule.summary and not rule.summary.endswith(".")
    assert str(rule.docs["what"]).startswith("Checks for ")
    assert rule.docs["why"] and rule.docs["fix"]
    assert rule.docs["references"] and all(str(r).startswith("https://") for r in rule.docs["references"])
    assert set(rule.docs) <= {"what", "why", "fix", "known_problems", "fix_safety", "references"}
    if rule.fixable:
        assert rule.docs.get("fix_safety"), "a fixable rule says how safe its fix is"


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_messages_are_facts_with_every_placeholder_passed(rule: Rule) -> None:
    # parse-scope rules (IAC000, IAC001) are raised by the engine itself, which passes `name=...`
    source = RUNNER.read_text() if rule.scope == "parse" else (rule.folder / "check.py").read_text()
    for message in (rule.message, *rule.messages.values()):
        assert not message.endswith(".")
        for name in PLACEHOLDER.findall(message):
            passed = f"{name}=" in source if rule.scope == "parse" else f'"{name}"' in source
            assert passed, f"{rule.id}: {{{name}}} is never passed"


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_a_bad_and_a_good_example_per_frontend(rule: Rule) -> None:
    assert rule.frontends and set(rule.frontends) <= set(FRONTENDS)
    names = {p.name for p in (rule.folder / "examples").iterdir()}
    for frontend in rule.frontends:
        for kind in ("bad", "good"):
            assert f"{kind}.{EXAMPLE_SUFFIX[frontend]}" in names, (
                f"{rule.id} lacks {kind}.{EXAMPLE_SUFFIX[frontend]}"
            )
    if "bad.cfn.json" in names:
        assert "bad.cfn.json.expect" in names, "JSON cannot hold `expect:` comments; list them in a sidecar"


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_kinds_exist_in_the_model(rule: Rule) -> None:
    assert set(rule.applies_to) <= KNOWN_KINDS | {"*"}
    if rule.scope == "resource":
        assert rule.applies_to, "a resource rule says which kinds it reads"
        assert rule.check is not None


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_options_are_typed_and_documented(rule: Rule) -> None:
    for option in rule.options.values():
        assert option.description
        assert conforms(option.default, option.type)  # raises ValueError for an unknown type


def test_rules_load_by_id_or_name() -> None:
    assert CATALOGUE.get("IAC101") is CATALOGUE.get("s3-encryption-not-kms")
    assert {r.id for r in CATALOGUE.resolve_selector("IAC1")} >= {"IAC101", "IAC103"}


SPEC_IDS = [
    "IAC000",
    "IAC101",
    "IAC102",
    "IAC103",
    "IAC104",
    "IAC105",
    "IAC201",
    "IAC301",
    "IAC302",
    "IAC401",
    "IAC402",
    "IAC403",
    "IAC404",
    "IAC501",
    "IAC601",
    "IAC701",
    "IAC702",
    "IAC801",
    "IAC802",
    "IAC803",
    "IAC804",
    "IAC805",
    "IAC901",
]


def test_every_spec_rule_is_in_the_catalogue(capsys) -> None:
    from iacreview.cli import main

    assert main(["rules"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert set(SPEC_IDS) <= listed


@pytest.mark.parametrize("rule_id", SPEC_IDS)
def test_explain_prints_docs_with_an_example(capsys, rule_id: str) -> None:
    from iacreview.cli import main

    assert main(["explain", rule_id]) == 0
    page = capsys.readouterr().out
    assert page.startswith(f"# {CATALOGUE.by_id[rule_id].name} ({rule_id})")
    assert "## Why is this bad?" in page and "## Example" in page and "## Use instead" in page
