# iacreview: ignore-file[IAC501, IAC801] an example of network-acl-ineffective alone; the other rules' examples show their settings
import pulumi_aws as aws

# expect: IAC809
acl = aws.ec2.NetworkAcl("db", vpc_id="vpc-0123456789abcdef0")

aws.ec2.NetworkAclRule(
    "db-in",
    network_acl_id=acl.id,
    rule_number=100,
    protocol="tcp",
    rule_action="allow",
    cidr_block="10.0.0.0/16",
    from_port=5432,
    to_port=5432,
)
aws.ec2.NetworkAclRule(
    "db-out",
    network_acl_id=acl.id,
    rule_number=100,
    egress=True,
    protocol="tcp",
    rule_action="allow",
    cidr_block="10.0.0.0/16",
    from_port=1024,
    to_port=65535,
)
