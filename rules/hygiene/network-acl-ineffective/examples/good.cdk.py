# iacreview: ignore-file[IAC501, IAC801] an example of network-acl-ineffective alone; the other rules' examples show their settings
from aws_cdk import aws_ec2 as ec2

acl = ec2.NetworkAcl(self, "PublicAcl", vpc=vpc)
acl.associate_with_subnet("Public", subnet_type=ec2.SubnetType.PUBLIC)

acl.add_entry(
    "HttpsIn",
    rule_number=100,
    cidr=ec2.AclCidr.any_ipv4(),
    traffic=ec2.AclTraffic.tcp_port(443),
    direction=ec2.TrafficDirection.INGRESS,
)
acl.add_entry(
    "ReturnOut",
    rule_number=100,
    cidr=ec2.AclCidr.any_ipv4(),
    traffic=ec2.AclTraffic.tcp_port_range(1024, 65535),
    direction=ec2.TrafficDirection.EGRESS,
)
