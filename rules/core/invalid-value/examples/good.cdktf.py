# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of invalid-value alone; the other rules' examples show their settings
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleExpiration,
)

S3BucketLifecycleConfiguration(
    self,
    "logs-lifecycle",
    bucket="app-logs",
    rule=[
        S3BucketLifecycleConfigurationRule(
            id="expire-logs",
            status="Enabled",
            expiration=[S3BucketLifecycleConfigurationRuleExpiration(days=90)],
        )
    ],
)

LambdaFunction(
    self,
    "handler",
    function_name="handler",
    role="arn:aws:iam::123456789012:role/handler",
    runtime="python3.12",
    handler="index.handler",
    filename="handler.zip",
    tracing_config={"mode": "Active"},
)
