"""The only helpers a rule may import besides iacreview.model."""

from iacreview.model.finding import Finding
from iacreview.rulekit.conditions import env_conditions, is_env_condition, one_branch_only
from iacreview.rulekit.context import RuleContext
from iacreview.rulekit.labels import label, named, title
from iacreview.rulekit.search import (
    attached,
    find_entries,
    find_values,
    has_any,
    is_dynamic,
    literal_strings,
    references,
)

__all__ = [
    "Finding",
    "RuleContext",
    "attached",
    "env_conditions",
    "find_entries",
    "find_values",
    "has_any",
    "is_dynamic",
    "is_env_condition",
    "label",
    "literal_strings",
    "named",
    "one_branch_only",
    "references",
    "title",
]
