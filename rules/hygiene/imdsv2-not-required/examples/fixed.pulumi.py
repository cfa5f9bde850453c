# iacreview: ignore-file[IAC501, IAC801] an example of imdsv2-not-required alone; the other rules' examples show their settings
import pulumi_aws as aws

aws.ec2.LaunchTemplate(
    "web",
    image_id="ami-0123456789abcdef0",
    instance_type="t3.micro",
    # expect: IAC806
    metadata_options={"http_tokens": "required"},
)
