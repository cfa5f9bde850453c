"""Deprecation data for IAC201: the generated @pulumi/aws table and the Lambda runtime schedule."""

from __future__ import annotations

from datetime import date
from typing import Any

from iacreview.frontends.manifests import major
from iacreview.model import Project
from iacreview.sdkdata import lambda_runtimes, pulumi_aws, pulumi_major


def pulumi_table(project: Project) -> tuple[str, dict[str, Any]]:
    """(major, table) to judge a project by: its pinned @pulumi/aws major, else the newest."""
    chosen = pulumi_major(major(project.provider_versions.get("pulumi-aws")))
    return chosen, pulumi_aws()["majors"][chosen]


def runtime_deprecation(runtime: str, today: date) -> tuple[date, str | None] | None:
    """(deprecation date, successor) when `runtime` is deprecated on `today`."""
    info = lambda_runtimes().get(runtime.strip().lower())
    if info is None or info["deprecated"] > today:
        return None
    return info["deprecated"], info.get("successor")
