from collections.abc import Iterator

from iacreview.model import Project
from iacreview.model.kinds import MONITORING_KINDS
from iacreview.rulekit import Finding, RuleContext, env_conditions, named, one_branch_only
from iacreview.rulekit.fixes import fix, ungate


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    guarded = (
        (condition, resource)
        for resource in project.resources
        if resource.kind in MONITORING_KINDS
        for condition in env_conditions(resource)
    )
    for condition, gated in one_branch_only(guarded):
        edits = ungate(ctx, condition, gated)
        everywhere = fix("Create the monitoring in every environment", "unsafe", edits)
        args = {"resources": named(gated), "condition": condition.display}
        yield ctx.finding(condition.span, args, resource=gated[0], path="condition", fix=everywhere)
