from imports.aws.kms_key import KmsKey

# expect: IAC104
key = KmsKey(self, "data", description="data")
