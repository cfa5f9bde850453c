from collections.abc import Iterator

from iacreview.model import Condition, Project, Resource
from iacreview.model.kinds import MONITORING_KINDS
from iacreview.rulekit import Finding, RuleContext, env_conditions, title


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    groups: dict[tuple[str, bool], tuple[Condition, list[Resource]]] = {}
    for resource in project.resources:
        if resource.kind in MONITORING_KINDS or resource.kind == "aws.provider":
            continue
        for condition in env_conditions(resource)[:1]:
            groups.setdefault((condition.text, condition.negated), (condition, []))[1].append(resource)
    for (text, negated), (condition, resources) in groups.items():
        other_branch = {r.kind for r in groups.get((text, not negated), (condition, []))[1]}
        only_here = [r for r in resources if r.kind not in other_branch]
        if only_here:
            names = ", ".join(f"{title(r.kind)} `{r.name}`" for r in only_here[:4])
            more = f" and {len(only_here) - 4} more" if len(only_here) > 4 else ""
            args = {"resources": names + more, "condition": condition.display}
            yield ctx.finding(condition.span, args, resource=only_here[0], path="condition")
