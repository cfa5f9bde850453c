from collections.abc import Iterator

from iacreview.model import Key, Literal, Resource
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.fixes import fix, set_property

ENCRYPTED = Key("storageEncrypted")
# Storage that takes its encryption from elsewhere: a snapshot, a replica's source, an Aurora cluster
INHERITED = (
    "snapshotIdentifier",
    "dbSnapshotIdentifier",
    "replicateSourceDb",
    "sourceDbInstanceIdentifier",
    "replicationSourceIdentifier",
    "sourceDbClusterIdentifier",
    "dbClusterIdentifier",
    "clusterIdentifier",
)


def check(database: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if any(database.prop(key) is not None for key in INHERITED):
        return
    mode = database.prop("engineMode")
    if isinstance(mode, Literal) and str(mode.value).lower() == "serverless":
        return  # Aurora Serverless v1 storage is always encrypted
    encrypted = database.prop("storageEncrypted")  # CDK's defaults are in the model (cdk_props)
    if encrypted is not None and truthy(encrypted) is not False:
        return  # on, or computed
    turn_on = fix("Encrypt the storage", "unsafe", [set_property(ctx, database.props, ENCRYPTED, True)])
    args = {"what": title(database.kind), "name": database.name}
    yield ctx.finding(encrypted or database, args, resource=database, fix=turn_on)
