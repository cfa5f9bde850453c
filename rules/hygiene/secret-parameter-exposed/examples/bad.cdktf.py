# iacreview: ignore-file[IAC501, IAC801] an example of secret-parameter-exposed alone; the other rules' examples show their settings
from cdktf import TerraformVariable
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup

TerraformVariable(
    self,
    "db_password",
    type="string",
    sensitive=True,
    # expect: IAC808
    default="ChangeMe123!",
)

# expect: IAC808
TerraformVariable(self, "api_token", type="string")

CloudwatchLogGroup(self, "app", retention_in_days=30)
