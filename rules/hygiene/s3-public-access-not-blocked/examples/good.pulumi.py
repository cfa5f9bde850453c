# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC803, IAC804] an example of s3-public-access-not-blocked alone; the other rules' examples show their settings
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
