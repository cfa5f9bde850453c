from collections.abc import Iterator

from iacreview.model import Project, Resource
from iacreview.rulekit import Finding, RuleContext

PROGRAM = "<program>"


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    children: dict[str, set[str]] = {}
    for component in project.components:
        for parent in component.instantiated_by or (PROGRAM,):
            children.setdefault(parent, set()).add(component.id)
    roots = children.get(PROGRAM, set())
    root = project.component(next(iter(roots))) if len(roots) == 1 else None
    if root is not None:  # the program wraps everything in one component: that component is the stack
        owner, stack, at = root.id, f"Stack `{root.name}`", root.span
    elif roots:
        return  # the program groups its resources in several components
    else:
        owner, stack, at = PROGRAM, "The program", None
    if children.get(owner):
        return  # the stack has child components
    direct = [r for r in project.deployed if (r.component or PROGRAM) == owner]
    services = {_service(r) for r in direct}
    if len(direct) < ctx.option("threshold") or len(services) < ctx.option("min-services"):
        return
    if owner == PROGRAM and all(r.framework == "cloudformation" for r in direct):
        stack = "The template"
    elif owner == PROGRAM and all(r.framework == "terraform" for r in direct):
        stack = "The root module"
    args = {"stack": stack, "count": len(direct), "services": len(services)}
    yield ctx.finding(at or direct[0].type_span, args, path=owner)


def _service(resource: Resource) -> str:
    parts = resource.kind.split(".")
    return parts[1] if len(parts) > 2 else resource.kind
