from collections.abc import Iterator

from iacreview.model import Project
from iacreview.rulekit import Finding, RuleContext


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    layout = project.layout
    if layout is None or not project.resources:
        return
    if not layout.test_files:
        yield ctx.finding(layout.marker, {})
    elif layout.test_runner is None:
        yield ctx.finding(layout.marker, {}, variant="runner")
    elif layout.coverage_threshold is None:
        yield ctx.finding(layout.marker, {}, variant="coverage")
    elif layout.coverage_threshold < (ctx.option("min-coverage") or 0):
        args = {"threshold": f"{layout.coverage_threshold:g}", "minimum": f"{ctx.option('min-coverage'):g}"}
        yield ctx.finding(layout.marker, args, variant="low_coverage")
