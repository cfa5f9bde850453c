from aws_cdk import aws_s3 as s3

site = s3.Bucket(
    self,
    "Site",
    # expect: IAC802
    block_public_access=s3.BlockPublicAccess.BLOCK_ACLS,
)
