"""Does a condition test the environment (stage, stack, `environmentSuffix === "production"`)?"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from iacreview.model import Condition, Resource

ENV_WORDS = frozenset(
    {
        "env",
        "envs",
        "environment",
        "environments",
        "stage",
        "stages",
        "prod",
        "production",
        "prd",
        "dev",
        "development",
        "staging",
        "stg",
        "qa",
        "uat",
        "preprod",
        "nonprod",
        "sandbox",
        "stack",
    }
)
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def words(text: str) -> list[str]:
    """`isProduction` -> is, production; `ENV_NAME` -> env, name."""
    return [w.lower() for w in _WORD.findall(text)]


# the values an environment takes (what `env === "..."` compares with)
VALUE_WORDS = ENV_WORDS - {"env", "envs", "environment", "environments", "stage", "stages", "stack"}
_QUOTED = re.compile(r"""(["'`])((?:(?!\1).)*)\1""")
_COMPARED = re.compile(r"(?:===?|!==?)\s*([\w.-]+)\s*$")


def is_env_condition(condition: Condition) -> bool:
    """A test of the environment: a comparison with an environment's value (`stage === "prod"`,
    `EnvironmentSuffix == production`), or, with no value compared, a name that says environment
    (`isProduction`). `EnvType == Provisioned` (a cluster type) and `IsNotLocalStack` (an emulator
    switch) are not."""
    text = condition.text
    values = [m.group(2) for m in _QUOTED.finditer(text)]
    if not values:
        compared = _COMPARED.search(text)
        values = [compared.group(1)] if compared else []
    if values:
        return any(w in VALUE_WORDS for value in values for w in words(value))
    return any(w in ENV_WORDS - {"stack"} for w in words(text))


def env_conditions(resource: Resource) -> list[Condition]:
    return [c for c in resource.conditions if is_env_condition(c)]


def one_branch_only(
    guarded: Iterable[tuple[Condition, Resource]],
) -> Iterator[tuple[Condition, list[Resource]]]:
    """Group resources by the environment condition that guards them, and keep those whose kind the
    other branch (the same condition negated) does not create: what exists in one environment only."""
    groups: dict[tuple[str, bool], tuple[Condition, list[Resource]]] = {}
    for condition, resource in guarded:
        groups.setdefault((condition.text, condition.negated), (condition, []))[1].append(resource)
    for (text, negated), (condition, resources) in groups.items():
        other_branch = {r.kind for r in groups.get((text, not negated), (condition, []))[1]}
        only_here = [r for r in resources if r.kind not in other_branch]
        if only_here:
            yield condition, only_here
