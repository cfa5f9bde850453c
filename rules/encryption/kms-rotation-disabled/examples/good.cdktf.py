# iacreview: ignore-file[IAC105, IAC501, IAC801] an example of kms-rotation-disabled alone; the other rules' examples show their settings
from imports.aws.kms_key import KmsKey

key = KmsKey(self, "data", description="data", enable_key_rotation=True)
signing = KmsKey(self, "signing", customer_master_key_spec="RSA_2048", key_usage="SIGN_VERIFY")
