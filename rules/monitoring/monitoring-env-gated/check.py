from collections.abc import Iterator

from iacreview.model import Condition, Project, Resource
from iacreview.model.kinds import MONITORING_KINDS
from iacreview.rulekit import Finding, RuleContext, env_conditions, label
from iacreview.rulekit.fixes import fix, ungate


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    groups: dict[tuple[str, bool], tuple[Condition, list[Resource]]] = {}
    for resource in project.resources:
        if resource.kind not in MONITORING_KINDS:
            continue
        for condition in env_conditions(resource):
            key = (condition.text, condition.negated)
            groups.setdefault(key, (condition, []))[1].append(resource)
    for (text, negated), (condition, resources) in groups.items():
        other_branch = {r.kind for r in groups.get((text, not negated), (condition, []))[1]}
        gated = [r for r in resources if r.kind not in other_branch]
        if gated:
            names = ", ".join(f"{label(r.kind)} `{r.name}`" for r in gated[:4])
            more = f" and {len(gated) - 4} more" if len(gated) > 4 else ""
            everywhere = fix(
                "Create the monitoring in every environment", "unsafe", ungate(ctx, condition, gated)
            )
            args = {"resources": names + more, "condition": condition.display}
            yield ctx.finding(condition.span, args, resource=gated[0], path="condition", fix=everywhere)
