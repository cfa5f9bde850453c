from aws_cdk import aws_kms as kms

key = kms.Key(
    self,
    "DataKey",
    # expect: IAC104
    enable_key_rotation=True,
)
