import pulumi_aws as aws

# The account-level block covers every bucket of the account.
aws.s3.AccountPublicAccessBlock(
    "account",
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
bucket = aws.s3.Bucket("data")
