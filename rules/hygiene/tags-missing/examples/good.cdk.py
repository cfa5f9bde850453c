# iacreview: ignore-file[IAC501] an example of tags-missing alone; the other rules' examples show their settings
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

cdk.Tags.of(self).add(key="Environment", value="dev")
sqs.Queue(self, "Jobs")
