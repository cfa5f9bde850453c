# iacreview: ignore-file[IAC105, IAC501, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
from aws_cdk import Duration
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

key = kms.Key(self, "TopicKey", enable_key_rotation=True)

sns.Topic(self, "Alerts", master_key=key)

sqs.Queue(
    self,
    "Jobs",
    encryption_master_key=key,
    retention_period=Duration.days(14),
)
