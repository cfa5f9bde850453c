# iacreview: ignore-file[IAC105, IAC501, IAC801] an example of kms-rotation-disabled alone; the other rules' examples show their settings
from aws_cdk import aws_kms as kms

key = kms.Key(self, "DataKey", enable_key_rotation=True)
