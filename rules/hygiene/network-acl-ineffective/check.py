from collections.abc import Iterator
from dataclasses import dataclass

from iacreview.model import ListValue, Literal, MapValue, Resource, Value
from iacreview.rulekit import Finding, RuleContext

ENTRY = "aws.ec2.network_acl_entry"
ASSOCIATION = "aws.ec2.network_acl_association"
# the ports a client's operating system answers on: Linux uses 32768-60999, Windows and NAT
# gateways reach up to 65535; AWS's advice, 1024-65535, covers them all
EPHEMERAL = (32768, 60999)
PROTOCOLS = {"-1": "all", "all": "all", "6": "tcp", "tcp": "tcp", "17": "udp", "udp": "udp", "1": "icmp"}


@dataclass(frozen=True)
class Rule:
    """One entry of a network ACL, as far as it is known (None: not known statically)."""

    egress: bool | None
    allow: bool
    protocol: str  # all, tcp, udp, icmp, or "?"
    ports: tuple[int, int] | None

    @property
    def carries_tcp(self) -> bool:
        return self.allow and self.protocol in ("all", "tcp", "?")

    def returns(self) -> bool:
        """Lets the answers to connections through: TCP (or all traffic) on the ephemeral ports."""
        low, high = self.ports or (0, 65535)
        return self.carries_tcp and (self.protocol != "tcp" or (low <= EPHEMERAL[0] and high >= EPHEMERAL[1]))

    def serves(self) -> bool:
        """Admits new connections: TCP to a service port (a range that starts below the ephemeral
        ones, or stops short of their top), not only the return range."""
        low, high = self.ports or (0, 65535)
        return self.carries_tcp and (self.protocol != "tcp" or low < 1024 or high < EPHEMERAL[1])


def check(acl: Resource, ctx: RuleContext) -> Iterator[Finding]:
    project = ctx.project
    linked = [r for r, _ in project.referrers(acl)]
    if not (acl.prop("subnetIds") or acl.prop("subnetSelection")) and not any(
        r.kind == ASSOCIATION for r in linked
    ):
        yield ctx.finding(acl, {"name": acl.name}, variant="unassociated")
    rules = [*_inline(acl), *(_entry(r) for r in linked if r.kind == ENTRY)]
    for egress, variant in ((False, "inbound"), (True, "outbound")):
        # a rule of unknown direction (built in a loop) may be the return rule, never the service
        served = any(r.serves() for r in rules if r.egress is egress)
        if served and not any(r.returns() for r in rules if r.egress in (None, not egress)):
            yield ctx.finding(acl, {"name": acl.name}, variant=variant)


def _inline(acl: Resource) -> Iterator[Rule]:
    """Terraform's `ingress`/`egress` blocks and Pulumi's `ingress`/`egress` lists."""
    for key, egress in (("ingress", False), ("egress", True)):
        value = acl.prop(key)
        items = value.items if isinstance(value, ListValue) else (value,) if value is not None else ()
        for item in items:
            if isinstance(item, MapValue):
                ports = _ports(item.get("fromPort"), item.get("toPort"))
                yield Rule(egress, _allow(item.get("action")), _protocol(item.get("protocol")), ports)


def _entry(entry: Resource) -> Rule:
    """A separate entry: CloudFormation's (and CDK's, whose `direction` and `traffic` the frontend
    reads as these), Terraform's, Pulumi's."""
    flag = entry.prop("egress")
    egress: bool | None = False  # CloudFormation's and Terraform's default
    if flag is not None:
        egress = _literal(flag) in (True, "true") if isinstance(flag, Literal) else None
    port_range = entry.prop("portRange")
    low = port_range.get("from") if isinstance(port_range, MapValue) else entry.prop("fromPort")
    high = port_range.get("to") if isinstance(port_range, MapValue) else entry.prop("toPort")
    protocol = _protocol(entry.prop("protocol"))
    return Rule(egress, _allow(entry.prop("ruleAction")), protocol, _ports(low, high))


def _literal(value: Value | None) -> object:
    return value.value if isinstance(value, Literal) else None


def _allow(action: Value | None) -> bool:
    """Allow unless written as deny (CDK's default; an unknown action is given the benefit)."""
    return str(_literal(action)).lower() != "deny"


def _protocol(value: Value | None) -> str:
    return PROTOCOLS.get(str(_literal(value)).lower(), "?")


def _ports(low: Value | None, high: Value | None) -> tuple[int, int] | None:
    a, b = _literal(low), _literal(high)
    if isinstance(a, int) and isinstance(b, int) and not isinstance(a, bool):
        return (a, b)
    return None
