"""`--statistics`: how many findings each rule has, most first (as `ruff check --statistics`)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass

from iacreview.model.finding import Finding, severity_rank


@dataclass(frozen=True)
class RuleCount:
    code: str
    name: str
    severity: str
    count: int
    fixable: int  # how many of them `fix` can fix


def counts(findings: list[Finding]) -> list[RuleCount]:
    by_rule = Counter(f.rule_id for f in findings)
    fixable = Counter(f.rule_id for f in findings if f.fixable)
    first = {f.rule_id: f for f in reversed(findings)}
    rows = [
        RuleCount(rule_id, first[rule_id].name, first[rule_id].severity, count, fixable[rule_id])
        for rule_id, count in by_rule.items()
    ]
    return sorted(rows, key=lambda r: (-r.count, severity_rank(r.severity), r.code))


def render_text(findings: list[Finding]) -> str:
    rows = counts(findings)
    if not rows:
        return ""
    width = max(len(str(r.count)) for r in rows)
    name_width = max(len(r.name) for r in rows)
    lines = [
        f"{str(r.count).rjust(width)}  {r.code}  {r.name.ljust(name_width)}  [{r.severity}]"
        + (f"  ({r.fixable} fixable)" if r.fixable else "")
        for r in rows
    ]
    return "\n".join(lines) + "\n"


def render_json(findings: list[Finding]) -> str:
    return json.dumps([asdict(r) for r in counts(findings)], indent=2) + "\n"
