#!/usr/bin/env python3
"""Write the JSON form of a CloudFormation YAML template (short intrinsic tags -> long form).

usage: python scripts/cfn_yaml_to_json.py TEMPLATE.yaml [OUT.json]
Used to keep the JSON examples of rules/ in step with their YAML twins.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    pass


def _intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    key = suffix if suffix in ("Ref", "Condition") else f"Fn::{suffix}"
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
        if suffix == "GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {key: value}


_Loader.add_multi_constructor("!", _intrinsic)


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) == 3 else source.with_suffix(".json")
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=_Loader)
    target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
