# iacreview: ignore-file[IAC501, IAC801] an example of hardcoded-deployment-value alone; the other rules' examples show their settings
import pulumi_aws as aws

aws.ec2.Instance(
    "web",
    # expect: IAC703
    ami="ami-0123456789abcdef0",
    instance_type="t3.micro",
    metadata_options={"http_tokens": "required"},
)
