# iacreview: ignore-file[IAC501, IAC801] an example of rds-storage-not-encrypted alone; the other rules' examples show their settings
import pulumi_aws as aws

cluster = aws.rds.Cluster(
    "cluster",
    engine="aurora-postgresql",
    master_username="app",
    manage_master_user_password=True,
    # expect: IAC106
    storage_encrypted=True,
)
