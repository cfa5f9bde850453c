"""Deprecation data for IAC201, whatever the framework: generated tables and the runtime schedule.

Pulumi: @pulumi/aws markers per major. Terraform and CDKTF: Terraform AWS provider arguments per
major. AWS CDK: aws-cdk-lib markers. Each answers the same two questions for a resource.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from iacreview.frontends.manifests import major
from iacreview.model import Project, Resource, norm_key
from iacreview.sdkdata import aws_cdk_lib, lambda_runtimes, pulumi_aws, pulumi_major, terraform_aws


@dataclass
class Deprecations:
    provider: str  # "@pulumi/aws 7", "hashicorp/aws 5", "aws-cdk-lib"
    resource: dict[str, str | None] | None = (
        None  # {"message", "replacement"} when the type itself is deprecated
    )
    properties: dict[str, dict[str, str | None]] = field(default_factory=dict)  # norm_key(prop) -> {...}


def deprecations(resource: Resource, project: Project) -> Deprecations | None:
    if resource.framework == "pulumi":
        chosen = pulumi_major(major(project.provider_versions.get("pulumi-aws")))
        table = pulumi_aws()["majors"][chosen]
        return Deprecations(
            f"@pulumi/aws {chosen}",
            table["resources"].get(resource.native_type),
            _normalised(table["properties"].get(resource.native_type, {})),
        )
    if resource.framework in ("terraform", "cdktf"):
        majors = terraform_aws()["majors"]
        wanted = major(project.provider_versions.get("terraform-aws"))
        chosen = str(wanted) if str(wanted) in majors else max(majors, key=int)
        table = majors[chosen]
        return Deprecations(
            f"hashicorp/aws {chosen}",
            table["resources"].get(resource.native_type),
            _normalised(table["arguments"].get(resource.native_type, {})),
        )
    if resource.framework == "cdk":
        data = aws_cdk_lib()
        construct = data["constructs"].get(resource.native_type, {})
        entry = (
            {"message": construct["deprecated"], "replacement": None} if construct.get("deprecated") else None
        )
        props = {
            k: {"message": v, "replacement": None}
            for k, v in data["deprecated_props"].get(resource.native_type, {}).items()
        }
        return Deprecations("aws-cdk-lib", entry, _normalised(props))
    return None


def _normalised(table: dict[str, dict[str, str | None]]) -> dict[str, dict[str, str | None]]:
    return {norm_key(name): info for name, info in table.items()}


def runtime_deprecation(runtime: str, today: date) -> tuple[date, str | None] | None:
    """(deprecation date, successor) when `runtime` is deprecated on `today`."""
    info = lambda_runtimes().get(runtime.strip().lower())
    if info is None or info["deprecated"] > today:
        return None
    return info["deprecated"], info.get("successor")
