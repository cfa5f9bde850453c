from collections.abc import Iterator

from iacreview.model import Project
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.fixes import add_outputs, fix


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    if not project.deployed:
        if project.resources and not project.outputs:  # a provider and nothing else: an empty stack
            yield ctx.finding(project.resources[0], {}, variant="empty")
        return
    kinds = set(ctx.option("kinds") or ())
    key_resources = [r for r in project.deployed if r.kind in kinds]
    if not project.outputs:
        first = (key_resources or project.deployed)[0]
        export = fix("Export the key resources", "safe", add_outputs(ctx, key_resources))
        yield ctx.finding(first, {"count": len(project.deployed)}, variant="none", fix=export)
        return
    exported = project.output_targets()
    for resource in key_resources:
        if resource.id not in exported:
            export = fix(f"Export `{resource.name}`", "safe", add_outputs(ctx, [resource]))
            yield ctx.finding(resource, {"what": title(resource.kind), "name": resource.name}, fix=export)
