import fnmatch
from collections.abc import Iterator

from iacreview.model import Resource
from iacreview.model.values import literal_str
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.iam import trusted_services


def check(role: Resource, ctx: RuleContext) -> Iterator[Finding]:
    expected: dict[str, list[str]] = ctx.option("expected") or {}
    written = (role.written_name, role.name, role.variable)
    names = [n for n in (*written, literal_str(role.prop("name")), literal_str(role.prop("roleName"))) if n]
    for pattern, services in expected.items():
        if not any(fnmatch.fnmatch(n, pattern) for n in names):
            continue
        trust = trusted_services(role.prop("assumeRolePolicy") or role.prop("assumeRolePolicyDocument"))
        if trust is None:
            return
        got = sorted({name for name, _ in trust[0]})
        want = sorted({s.split(".amazonaws")[0] for s in services})
        if got != want:
            args = {
                "role": role.name,
                "pattern": pattern,
                "trusted": ", ".join(f"`{s}.amazonaws.com`" for s in got) or "no service",
                "expected": ", ".join(f"`{s}.amazonaws.com`" for s in want),
            }
            yield ctx.finding(trust[0][0][1] if trust[0] else role, args, resource=role, path="trust")
        return
