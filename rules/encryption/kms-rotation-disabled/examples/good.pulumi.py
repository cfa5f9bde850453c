# iacreview: ignore-file[IAC105, IAC501, IAC801] an example of kms-rotation-disabled alone; the other rules' examples show their settings
import pulumi_aws as aws

key = aws.kms.Key("data", description="data", enable_key_rotation=True)
