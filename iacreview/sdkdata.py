"""Data generated from provider SDKs and published schedules, loaded once on first use."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@cache
def load_json(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def pulumi_aws() -> dict[str, Any]:
    """Deprecations per @pulumi/aws major and enum constants (scripts/gen_pulumi_deprecations.py)."""
    return load_json("pulumi_aws.json")


def aws_cdk_lib() -> dict[str, Any]:
    """Constructs, deprecated props and constants of aws-cdk-lib (scripts/gen_cdk_data.py)."""
    return load_json("aws_cdk_lib.json")


def terraform_aws() -> dict[str, Any]:
    """Deprecated Terraform AWS arguments and types per major (scripts/gen_terraform_deprecations.py)."""
    return load_json("terraform_aws.json")


def pulumi_major(requested: int | None) -> str:
    """The table to judge by: the project's major if we have it, else the newest."""
    majors = [str(m) for m in sorted(pulumi_aws()["majors"], key=int)]
    if requested is not None and str(requested) in majors:
        return str(requested)
    if requested is not None and requested < int(majors[0]):
        return majors[0]
    return majors[-1]


def sdk_constant(path: str) -> str | int | None:
    """`aws.lambda.Runtime.NodeJS16dX` -> "nodejs16.x"; `cdk.logs.RetentionDays.ONE_WEEK` -> 7."""
    if path.count(".") < 3:
        return None
    if path.startswith("aws."):
        value = pulumi_aws()["enums"].get(path)
    elif path.startswith("cdk."):
        value = aws_cdk_lib()["constants"].get(path[4:])
    else:
        return None
    return value if isinstance(value, str | int) else None


@cache
def lambda_runtimes() -> dict[str, dict[str, Any]]:
    import yaml

    data = yaml.safe_load((DATA / "lambda_runtimes.yaml").read_text(encoding="utf-8"))
    runtimes: dict[str, dict[str, Any]] = data["runtimes"]
    for info in runtimes.values():
        if isinstance(info.get("deprecated"), str):
            info["deprecated"] = date.fromisoformat(info["deprecated"])
    return runtimes


@cache
def actions_without_resources() -> frozenset[str]:
    """`service:action` (lower case) of every IAM action that accepts only `Resource: "*"`
    (scripts/gen_iam_actions.py, from the AWS Service Authorization Reference)."""
    data = json.loads((DATA / "iam_actions.json").read_text(encoding="utf-8"))
    table: dict[str, list[str]] = data["actions_without_resource_types"]
    return frozenset(f"{prefix}:{name}".lower() for prefix, names in table.items() for name in names)
