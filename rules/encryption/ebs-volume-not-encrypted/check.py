from collections.abc import Iterator

from iacreview.model import Call, Key, ListValue, MapValue, Resource, Span, Value
from iacreview.model.values import truthy
from iacreview.rulekit import Finding, RuleContext, find_entries, title
from iacreview.rulekit.fixes import fix, set_property

ENCRYPTED = Key("encrypted")
# where instances and launch templates declare the EBS volumes they attach
DEVICES = ("ebs", "rootBlockDevice", "ebsBlockDevice", "ebsBlockDevices")


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    if _encrypted_by_default(ctx):
        return
    args = {"what": title(resource.kind), "name": resource.name}
    if resource.kind == "aws.ec2.volume":
        if resource.prop("snapshotId") is None:  # a volume from a snapshot is as the snapshot is
            yield from _judge(resource, resource.props, args, ctx, None, resource.type_span)
        return
    for entry in find_entries(resource.props, *DEVICES):
        devices = entry.value.items if isinstance(entry.value, ListValue) else (entry.value,)
        for device in devices:
            if isinstance(device, MapValue) and device.get("snapshotId") is None:
                at = entry.key_span if device is entry.value else device.span  # a block: its name
                yield from _judge(resource, device, args, ctx, "device", at)
    for node in resource.props.walk():  # CDK: `BlockDeviceVolume.ebs(30, { encrypted: true })`
        if isinstance(node, Call) and node.func.endswith("BlockDeviceVolume.ebs"):
            options = next((arg for arg in node.args if isinstance(arg, MapValue)), None)
            if options is not None:
                yield from _judge(resource, options, args, ctx, "device", options.span)
            elif options is None:
                yield ctx.finding(node, args, resource=resource, variant="device")


def _judge(
    resource: Resource,
    device: MapValue,
    args: dict[str, str],
    ctx: RuleContext,
    variant: str | None,
    where: Span,
) -> Iterator[Finding]:
    encrypted = device.get("encrypted")
    if encrypted is not None and truthy(encrypted) is not False:
        return  # on, or computed
    at: Value | Span = encrypted or where
    # @pulumi/aws types a launch template's `ebs.encrypted` as a string
    value: bool | str = "true" if resource.native_type == "aws.ec2.LaunchTemplate" else True
    turn_on = fix("Encrypt the volume", "unsafe", [set_property(ctx, device, ENCRYPTED, value)])
    yield ctx.finding(at, args, resource=resource, variant=variant, fix=turn_on)


def _encrypted_by_default(ctx: RuleContext) -> bool:
    """The project turns on the account's EBS encryption by default for the region."""
    return any(
        truthy(setting.prop("enabled")) is not False
        for setting in ctx.project.of_kind("aws.ebs.encryption_by_default")
    )
