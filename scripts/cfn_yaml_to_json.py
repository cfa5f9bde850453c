#!/usr/bin/env python3
"""Write the JSON form of a CloudFormation YAML template (short intrinsic tags -> long form).

usage: python scripts/cfn_yaml_to_json.py TEMPLATE.yaml [OUT.json]
Used to keep the JSON examples of rules/ in step with their YAML twins.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from iacreview.reference import CfnLoader


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) == 3 else source.with_suffix(".json")
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=CfnLoader)
    target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
