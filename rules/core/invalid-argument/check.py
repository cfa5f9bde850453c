from collections.abc import Iterator

from iacreview.model import Resource
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.schemas import schema, unknown_arguments


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    found = schema(resource, ctx.project)
    if found is None:
        return
    kind = "a property" if resource.native_type.startswith("AWS::") else "an argument"
    for unknown in unknown_arguments(resource, found):
        hint = f"; did you mean `{unknown.suggestion}`?" if unknown.suggestion else ""
        args = {"argument": unknown.path, "kind": kind, "type": resource.native_type, "source": found.source}
        yield ctx.finding(
            unknown.entry.key_span,
            {**args, "hint": hint},
            resource=resource,
            path=unknown.path,
            blocks_deploy=True,
        )
