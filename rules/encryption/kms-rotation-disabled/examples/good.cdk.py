from aws_cdk import aws_kms as kms

key = kms.Key(self, "DataKey", enable_key_rotation=True)
