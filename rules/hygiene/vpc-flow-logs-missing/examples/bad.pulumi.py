# iacreview: ignore-file[IAC501, IAC801] an example of vpc-flow-logs-missing alone; the other rules' examples show their settings
import pulumi_aws as aws

# expect: IAC807
vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")
