# iacreview: ignore-file[IAC501, IAC801] an example of vpc-flow-logs-missing alone; the other rules' examples show their settings
import pulumi_aws as aws

vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")
aws.ec2.FlowLog(
    "main",
    vpc_id=vpc.id,
    traffic_type="ALL",
    log_destination_type="s3",
    log_destination="arn:aws:s3:::network-flow-logs",
)
