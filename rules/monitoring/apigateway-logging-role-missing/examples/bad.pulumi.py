# iacreview: ignore-file[IAC501, IAC801] an example of apigateway-logging-role-missing alone; the other rules' examples show their settings
import pulumi_aws as aws

aws.apigateway.MethodSettings(
    "all",
    rest_api="a1b2c3d4e5",
    stage_name="prod",
    method_path="*/*",
    # expect: IAC304
    settings={"logging_level": "ERROR", "metrics_enabled": True},
)
