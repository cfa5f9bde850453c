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


@cache
def _type_lines(name: str) -> dict[str, str]:
    """A `TYPE<tab>SHAPE` table (scripts/gen_schemas.py) as type -> shape text, decoded on demand."""
    text = (DATA / name).read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@cache
def cfn_schema(type_name: str) -> dict[str, Any] | None:
    """The properties a CloudFormation resource type accepts, nested: a name maps to its shape (a
    dict of the object's properties, "*" for an object open to any key, 0 for a scalar, a list of
    allowed strings); None for a type the schemas do not have (SAM, custom, third-party)."""
    line = _type_lines("cfn_schemas.tsv").get(type_name)
    return json.loads(line) if line is not None else None


@cache
def cdk_schema(construct: str) -> dict[str, Any] | None:
    """The props (camelCase) an AWS CDK L2 construct (`s3.Bucket`) accepts, with the props of the
    structs they extend, nested as cfn_schema's; None for a construct aws-cdk-lib does not have."""
    line = _type_lines("cdk_schemas.tsv").get(construct)
    return json.loads(line) if line is not None else None


@cache
def _pulumi_schema_lines() -> dict[tuple[str, str], str]:
    """(major, Pulumi type) -> its shape as JSON text (scripts/gen_schemas.py)."""
    return _by_major_lines("pulumi_schemas.tsv")


def argument_table(major: str) -> str:
    """The @pulumi/aws major whose arguments judge a project on `major`: 6 or 7 (5 is judged by 6)."""
    return major if major in ("6", "7") else ("6" if major.isdigit() and int(major) < 6 else "7")


@cache
def pulumi_schema(major: str, type_name: str) -> dict[str, Any] | None:
    """The input arguments (camelCase) of a @pulumi/aws resource in that major (see argument_table),
    nested through its input types as cfn_schema's; None for a type the SDK does not have."""
    line = _pulumi_schema_lines().get((argument_table(major), type_name))
    return json.loads(line) if line is not None else None


def _by_major_lines(name: str) -> dict[tuple[str, str], str]:
    """A `TYPE<tab>MAJORS<tab>SHAPE` table as (major, type) -> shape text, decoded on demand."""
    text = (DATA / name).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {(major, type_name): shape for type_name, majors, shape in rows for major in majors.split(",")}


@cache
def _terraform_schema_lines() -> dict[tuple[str, str], str]:
    """(provider major, Terraform type) -> its shape as JSON text (scripts/gen_schemas.py)."""
    return _by_major_lines("terraform_schemas.tsv")


TERRAFORM_MAJORS = ("5", "6")
LIST = "[]"  # in a Terraform block's shape: CDKTF's bindings take the block as a list, `[{...}]`


@cache
def terraform_schema(major: str | None, type_name: str) -> dict[str, Any] | None:
    """The arguments a Terraform AWS resource type accepts in provider `major` ("5", "6"; None: in
    either, for code that does not pin the provider), nested as cfn_schema's (a block CDKTF takes
    as a list has the key LIST); None for a type the provider does not have."""
    lines = _terraform_schema_lines()
    shapes = [
        json.loads(lines[(m, type_name)])
        for m in (TERRAFORM_MAJORS if major is None else (major,))
        if (m, type_name) in lines
    ]
    if not shapes:
        return None
    merged: dict[str, Any] = {}
    for shape in shapes:
        merged = _union(merged, shape)
    return merged


def _union(a: Any, b: Any) -> Any:
    if isinstance(a, dict) and isinstance(b, dict):
        both = a.keys() & b.keys()
        merged = {k: _union(a[k], b[k]) if k in both else a.get(k, b.get(k)) for k in a.keys() | b.keys()}
        if a.get(LIST) != b.get(LIST):
            merged.pop(LIST, None)  # a list in one major, one object in the other: not judged
        return merged
    return a if a == b else "*"
