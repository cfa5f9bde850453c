"""Does a condition test the environment (stage, stack, `environmentSuffix === "production"`)?"""

from __future__ import annotations

import re

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
