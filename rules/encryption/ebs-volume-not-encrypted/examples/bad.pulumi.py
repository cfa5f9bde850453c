# iacreview: ignore-file[IAC501, IAC801] an example of ebs-volume-not-encrypted alone; the other rules' examples show their settings
import pulumi_aws as aws

# expect: IAC107
data = aws.ebs.Volume("data", availability_zone="eu-west-1a", size=100)

web = aws.ec2.Instance(
    "web",
    ami="ami-0123456789abcdef0",
    instance_type="t3.micro",
    metadata_options={"http_tokens": "required"},
    # expect: IAC107
    root_block_device={"volume_size": 30, "encrypted": False},
)
