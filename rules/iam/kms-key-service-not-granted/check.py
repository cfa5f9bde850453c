from collections.abc import Iterator

from iacreview.model import Ref, Resource
from iacreview.rulekit import Finding, RuleContext, attached, title
from iacreview.rulekit.iam import grants_service

# services that encrypt with a key as themselves, so its key policy must name them: creating the
# resource fails otherwise
USERS = {"aws.logs.log_group": "logs", "aws.cloudtrail.trail": "cloudtrail"}


def check(user: Resource, ctx: RuleContext) -> Iterator[Finding]:
    setting = user.prop("kmsKeyId")
    if not isinstance(setting, Ref):
        return
    key = ctx.project.resolve(setting)
    if key is None or key.kind != "aws.kms.key" or key.native_type == "kms.Key":
        return  # a CDK Key construct's policy grows with the grants made on it
    service = USERS[user.kind]
    attached_policies = [p.prop("policy") for p in attached(ctx.project, key, "aws.kms.key_policy")]
    written = (key.prop("policy"), key.prop("keyPolicy"), *attached_policies)
    policies = [policy for policy in written if policy is not None]
    args = {"what": title(user.kind), "name": user.name, "key": key.name, "service": service}
    if not policies:
        yield ctx.finding(setting, args, resource=user, variant="default", blocks_deploy=True)
        return
    granted = [grants_service(policy, service) for policy in policies]
    if not any(g is None or g for g in granted):  # every policy known, none names the service
        yield ctx.finding(setting, args, resource=user, blocks_deploy=True)
