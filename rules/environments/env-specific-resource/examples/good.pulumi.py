# iacreview: ignore-file[IAC501, IAC801] an example of env-specific-resource alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws

stage = pulumi.get_stack()
db = aws.rds.Instance("db", instance_class="db.r6g.large" if stage == "prod" else "db.t4g.small", allocated_storage=20, storage_encrypted=True)
