# iacreview: ignore-file[IAC501, IAC701, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.lb import Lb
from constructs import Construct


class WebStack(TerraformStack):
    def __init__(self, scope: Construct, name: str) -> None:
        super().__init__(scope, name)
        Lb(
            self,
            "web",
            name="web",
            load_balancer_type="application",
            internal=False,
            subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
        )
