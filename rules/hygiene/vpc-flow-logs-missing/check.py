from collections.abc import Iterator

from iacreview.model import Resource
from iacreview.rulekit import Finding, RuleContext, attached


def check(vpc: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if vpc.framework == "cdk" and vpc.prop("flowLogs") is not None:
        return  # `new ec2.Vpc(this, "Vpc", { flowLogs: { ... } })`
    if attached(ctx.project, vpc, "aws.ec2.flow_log"):
        return
    if any(_target_unknown(ctx, log) for log in ctx.project.of_kind("aws.ec2.flow_log")):
        return  # a flow log for a VPC passed in (`each.value.vpc_id`) may be this one's
    yield ctx.finding(vpc, {"name": vpc.name})


def _target_unknown(ctx: RuleContext, log: Resource) -> bool:
    return not any(
        target is not None and target.kind in ("aws.ec2.vpc", "aws.ec2.subnet")
        for target in map(ctx.project.resolve, log.refs)
    )
