#!/usr/bin/env python3
"""Generate iacreview/data/terraform_aws.json: deprecated Terraform AWS arguments per provider major.

usage: python scripts/gen_terraform_deprecations.py [--pulumi-dir DIR] [--cdktf-dir DIR]

The Terraform provider's schema is not on any registry this project can reach, but two packages
that are generated from it are:
  - `@pulumi/aws` wraps the Terraform provider (pulumi-aws 5, 6, 7 wrap Terraform AWS 4, 5, 6) and
    keeps its deprecation messages, which name the Terraform argument
    ("server_side_encryption_configuration is deprecated. Use the aws.s3.BucketServerSide... resource");
  - `@cdktf/provider-aws` lists every Terraform resource type (`tfResourceType = "aws_s3_bucket"`).
A Pulumi class maps to the Terraform type its name spells (`aws.s3.BucketV2` -> `aws_s3_bucket`) when
that type exists. Deprecations the Pulumi markers do not carry (whole resources such as
`aws_s3_bucket_object`) come from iacreview/data/terraform_aws_supplement.yaml, which cites the
provider's upgrade guides.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "iacreview" / "data" / "terraform_aws.json"
SUPPLEMENT = HERE.parent / "iacreview" / "data" / "terraform_aws_supplement.yaml"
PULUMI_TO_TERRAFORM = {"5.43.0": "4", "6.83.0": "5", "7.48.0": "6"}
CDKTF_VERSION = "21.22.1"
_TF_TYPE = re.compile(r'tfResourceType = "(aws_[a-z0-9_]+)"')
_TF_ATTR = re.compile(r"^([a-z][a-z0-9_]*) is deprecated")


def load_pulumi_scanner():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_pulumi", HERE / "gen_pulumi_deprecations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def terraform_types(cdktf: Path) -> set[str]:
    found: set[str] = set()
    for dts in cdktf.glob("lib/*/index.d.ts"):
        found.update(_TF_TYPE.findall(dts.read_text(encoding="utf-8", errors="replace")))
    return found


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def terraform_name(pulumi_type: str, known: set[str]) -> str | None:
    """`aws.s3.BucketV2` -> `aws_s3_bucket`, `aws.ec2.Eip` -> `aws_eip`, when Terraform has that type."""
    parts = pulumi_type.split(".")
    if len(parts) != 3:
        return None
    module, name = parts[1], re.sub(r"[Vv]2$", "", parts[2])
    for candidate in (f"aws_{module}_{snake(name)}", f"aws_{snake(name)}"):
        if candidate in known:
            return candidate
    return None


def fetch(spec: str, workdir: Path) -> Path:
    subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True, capture_output=True)
    tgz = next(workdir.glob("*.tgz"))
    target = workdir / "unpacked"
    with tarfile.open(tgz) as tar:
        tar.extractall(target, filter="data")
    tgz.unlink()
    return target / "package"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pulumi-dir", type=Path, help="unpacked @pulumi/aws packages as DIR/<version>/package")
    ap.add_argument("--cdktf-dir", type=Path, help="an unpacked @cdktf/provider-aws: DIR/package")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    pulumi = load_pulumi_scanner()
    majors: dict[str, dict[str, object]] = {}
    services: dict[str, str] = {}  # Terraform type -> the AWS service (Pulumi module) it belongs to
    with tempfile.TemporaryDirectory() as tmp:
        cdktf = (
            args.cdktf_dir / "package"
            if args.cdktf_dir
            else fetch(f"@cdktf/provider-aws@{CDKTF_VERSION}", Path(tmp))
        )
        known = terraform_types(cdktf)
        for version, tf_major in PULUMI_TO_TERRAFORM.items():
            if args.pulumi_dir:
                package = args.pulumi_dir / version / "package"
            else:
                package = pulumi.fetch(version, Path(tmp))
            table = pulumi.scan(package)
            for pulumi_type in table["classes"]:
                tf_type = terraform_name(pulumi_type, known)
                if tf_type is not None:
                    services.setdefault(tf_type, pulumi_type.split(".")[1])
            arguments: dict[str, dict[str, dict[str, str | None]]] = {}
            for pulumi_type, deprecated in table["properties"].items():
                tf_type = terraform_name(pulumi_type, known)
                if tf_type is None:
                    continue
                for prop, info in deprecated.items():
                    match = _TF_ATTR.match(info["message"])
                    attr = match.group(1) if match else snake(prop)
                    replacement = info["replacement"] and terraform_name(info["replacement"], known)
                    arguments.setdefault(tf_type, {})[attr] = {
                        "message": info["message"],
                        "replacement": replacement,
                    }
            majors[tf_major] = {"from": f"@pulumi/aws@{version}", "arguments": arguments, "resources": {}}
    supplement = yaml.safe_load(SUPPLEMENT.read_text(encoding="utf-8"))
    for entry in supplement["resources"]:
        for tf_major in majors:
            if int(tf_major) >= int(entry["since"]):
                majors[tf_major]["resources"][entry["type"]] = {  # type: ignore[index]
                    "message": entry["message"],
                    "replacement": entry.get("replacement"),
                }
    for entry in supplement.get("arguments", []):
        for tf_major in majors:
            if int(tf_major) >= int(entry["since"]):
                table_args = majors[tf_major]["arguments"]
                table_args.setdefault(entry["type"], {}).setdefault(  # type: ignore[union-attr]
                    entry["argument"], {"message": entry["message"], "replacement": entry.get("replacement")}
                )
    payload = {
        "source": "@pulumi/aws markers + terraform_aws_supplement.yaml",
        "types": len(known),
        "majors": majors,
        "services": dict(sorted(services.items())),
    }
    args.out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n")
    counts = {m: sum(len(v) for v in t["arguments"].values()) for m, t in majors.items()}  # type: ignore[union-attr]
    print(f"wrote {args.out}: deprecated arguments per Terraform major {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
