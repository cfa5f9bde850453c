from collections.abc import Iterator

from iacreview.model import Project
from iacreview.rulekit import Finding, RuleContext, title


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    if not project.resources:
        return
    kinds = set(ctx.option("kinds") or ())
    key_resources = [r for r in project.resources if r.kind in kinds]
    if not project.outputs:
        first = (key_resources or project.resources)[0]
        yield ctx.finding(first, {"count": len(project.resources)}, variant="none")
        return
    exported = project.output_targets()
    for resource in key_resources:
        if resource.id not in exported:
            yield ctx.finding(resource, {"what": title(resource.kind), "name": resource.name})
