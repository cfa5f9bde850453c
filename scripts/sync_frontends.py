#!/usr/bin/env python3
"""Set each rule.yaml's `frontends:` to the frontends its examples cover (a bad and a good file each).

usage: python scripts/sync_frontends.py   (tests/test_catalogue.py checks the two agree)
"""

from __future__ import annotations

import re
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "rules"
SUFFIXES = {
    "pulumi.ts": "pulumi-ts",
    "pulumi.py": "pulumi-py",
    "cfn.yaml": "cfn-yaml",
    "cfn.json": "cfn-json",
    "md": "markdown",
    "cdk.ts": "cdk-ts",
    "cdk.py": "cdk-py",
    "cdktf.ts": "cdktf-ts",
    "cdktf.py": "cdktf-py",
    "tf": "terraform",
}


def main() -> int:
    for spec in sorted(RULES.glob("*/*/rule.yaml")):
        names = {p.name for p in (spec.parent / "examples").iterdir()}
        covered = [fe for suffix, fe in SUFFIXES.items() if {f"bad.{suffix}", f"good.{suffix}"} <= names]
        text = spec.read_text(encoding="utf-8")
        spec.write_text(
            re.sub(r"^frontends: \[.*\]$", f"frontends: [{', '.join(covered)}]", text, flags=re.M)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
