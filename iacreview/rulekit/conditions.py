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


def is_env_condition(condition: Condition) -> bool:
    return any(w in ENV_WORDS for w in words(condition.text))


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
