"""Data generated from provider SDKs and published schedules, loaded once on first use."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@cache
def pulumi_aws() -> dict[str, Any]:
    """Deprecations per @pulumi/aws major and enum constants (scripts/gen_pulumi_deprecations.py)."""
    return json.loads((DATA / "pulumi_aws.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def pulumi_major(requested: int | None) -> str:
    """The table to judge by: the project's major if we have it, else the newest."""
    majors = [str(m) for m in sorted(pulumi_aws()["majors"], key=int)]
    if requested is not None and str(requested) in majors:
        return str(requested)
    if requested is not None and requested < int(majors[0]):
        return majors[0]
    return majors[-1]


def sdk_constant(path: str) -> str | None:
    """`aws.lambda.Runtime.NodeJS16dX` -> "nodejs16.x"."""
    if not path.startswith("aws.") or path.count(".") < 3:
        return None
    value = pulumi_aws()["enums"].get(path)
    return str(value) if isinstance(value, str) else None


@cache
def lambda_runtimes() -> dict[str, dict[str, Any]]:
    import yaml

    data = yaml.safe_load((DATA / "lambda_runtimes.yaml").read_text(encoding="utf-8"))
    runtimes: dict[str, dict[str, Any]] = data["runtimes"]
    for info in runtimes.values():
        if isinstance(info.get("deprecated"), str):
            info["deprecated"] = date.fromisoformat(info["deprecated"])
    return runtimes
