# iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-deployment-value alone; the other rules' examples show their settings
import pulumi_aws as aws

image = aws.ec2.get_ami(
    most_recent=True,
    owners=["amazon"],
    filters=[{"name": "name", "values": ["al2023-ami-*-x86_64"]}],
)
aws.ec2.Instance(
    "web",
    ami=image.id,
    instance_type="t3.micro",
    metadata_options={"http_tokens": "required"},
)
