"""Baselines: findings accepted as they are, so only new ones fail a run.

Matched by fingerprint (rule, file, logical path, message arguments), never by line, so edits
elsewhere in a file keep a finding baselined. Counted: two equal findings need two entries.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from iacreview.model.finding import Finding

FORMAT = 1


class BaselineError(Exception):
    pass


def write(path: Path, findings: list[Finding]) -> None:
    entries = [
        {"fingerprint": f.fingerprint, "rule_id": f.rule_id, "path": f.path, "message": f.message}
        for f in findings
    ]
    payload = {"iacreview_baseline": FORMAT, "findings": entries}
    try:
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write baseline: {exc.strerror or exc}") from exc


def read(path: Path) -> Counter[str]:
    if not path.is_file():  # a FIFO would block the run; a folder is a usage error
        raise BaselineError(f"{path}: cannot read baseline: not a regular file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from exc
    except RecursionError as exc:
        raise BaselineError(f"{path}: not an iacreview baseline: nested too deep") from exc
    if (
        not isinstance(data, dict)
        or data.get("iacreview_baseline") != FORMAT
        or not isinstance(data.get("findings"), list)
    ):
        raise BaselineError(f"{path}: not an iacreview baseline (write one with --write-baseline)")
    return Counter(str(entry.get("fingerprint")) for entry in data["findings"] if isinstance(entry, dict))


def split(findings: list[Finding], baseline: Counter[str]) -> tuple[list[Finding], list[Finding]]:
    """(new findings, baselined findings)."""
    left = Counter(baseline)
    new, known = [], []
    for f in findings:
        if left[f.fingerprint] > 0:
            left[f.fingerprint] -= 1
            known.append(f)
        else:
            new.append(f)
    return new, known
