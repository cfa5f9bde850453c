from collections.abc import Iterator

from iacreview.model import Project, Resource
from iacreview.model.fix import Edit
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.construct_outputs import construct_outputs
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
        export = fix("Export the key resources", "safe", exports(ctx, key_resources))
        yield ctx.finding(first, {"count": len(project.deployed)}, variant="none", fix=export)
        return
    exported = project.output_targets()
    for resource in key_resources:
        if resource.id not in exported:
            export = fix(f"Export `{resource.name}`", "safe", exports(ctx, [resource]))
            yield ctx.finding(resource, {"what": title(resource.kind), "name": resource.name}, fix=export)


def exports(ctx: RuleContext, resources: list[Resource]) -> list[Edit] | None:
    """CDK and CDKTF export beside the construct (`CfnOutput`, `TerraformOutput`); the others at the
    end of the program or template (`export const`, `pulumi.export`, `Outputs`, `output` blocks)."""
    if resources and resources[0].framework in ("cdk", "cdktf"):
        return construct_outputs(ctx, resources)
    return add_outputs(ctx, resources)
