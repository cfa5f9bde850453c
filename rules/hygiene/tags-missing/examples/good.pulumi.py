# iacreview: ignore-file[IAC501] an example of tags-missing alone; the other rules' examples show their settings
import pulumi_aws as aws

common_tags = {"Environment": "dev", "Team": "core"}
table = aws.dynamodb.Table("orders", hash_key="id", attributes=[{"name": "id", "type": "S"}], tags=common_tags)
