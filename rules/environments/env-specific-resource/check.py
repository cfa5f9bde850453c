from collections.abc import Iterator

from iacreview.model import Project
from iacreview.model.kinds import MONITORING_KINDS
from iacreview.rulekit import Finding, RuleContext, env_conditions, named, one_branch_only, title


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    guarded = (
        (condition, resource)
        for resource in project.resources
        if resource.kind not in MONITORING_KINDS and resource.kind != "aws.provider"
        for condition in env_conditions(resource)[:1]  # the innermost environment guard
    )
    for condition, only_here in one_branch_only(guarded):
        args = {"resources": named(only_here, title), "condition": condition.display}
        yield ctx.finding(condition.span, args, resource=only_here[0], path="condition")
