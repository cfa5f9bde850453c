from collections.abc import Iterator

from iacreview.model import Literal, Project, norm_key
from iacreview.rulekit import Finding, RuleContext
from iacreview.rulekit.secrets import looks_secret, secret_name

# how each framework hides a parameter's value, and where an unhidden one shows
HIDDEN_BY = {
    "cloudformation": ("`NoEcho`", "the console, `describe-stacks` and the stack events"),
    "cdk": ("`noEcho`", "the console, `describe-stacks` and the stack events"),
    "terraform": ("`sensitive`", "plan and apply output"),
    "cdktf": ("`sensitive`", "plan and apply output"),
}

NOT_SECRET_NAMES = ("user", "username", "login", "name", "id")


def check(project: Project, ctx: RuleContext) -> Iterator[Finding]:
    for parameter in project.parameters:
        if parameter.type.startswith("AWS::SSM::Parameter"):
            continue  # the value is the name of an SSM parameter, read at deploy time
        named = secret_name(parameter.name)
        # a hidden username (`NoEcho` on `DBMasterUsername`) is discretion, not a secret
        hidden_secret = parameter.secret and not norm_key(parameter.name).endswith(NOT_SECRET_NAMES)
        if not (named or hidden_secret):
            continue
        what = "Variable" if parameter.framework in ("terraform", "cdktf") else "Parameter"
        args = {"what": what, "name": parameter.name}
        default = parameter.default
        if isinstance(default, Literal) and isinstance(default.value, str) and looks_secret(default.value):
            yield ctx.finding(default, args, path=parameter.name)
        if named and not parameter.secret and parameter.framework in HIDDEN_BY:
            marker, where = HIDDEN_BY[parameter.framework]
            shown = {**args, "marker": marker, "where": where}
            yield ctx.finding(parameter.span, shown, path=parameter.name, variant="shown", severity="high")
