"""Baselines: findings accepted as they are, so only new ones fail a run.

Matched by fingerprint (rule, file, logical path, message arguments), never by line, so edits
elsewhere in a file keep a finding baselined. Counted: two equal findings need two entries. Files
are named relative to the baseline's own folder, so the same baseline works from any working
directory. A finding that stands for all its rule's findings in a file (IAC501 "exports no
outputs", rule.yaml `baseline_covers_file`) accepts the findings that replace it when the file
changes shape (one export added: the other resources are reported one by one).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from iacreview.model.finding import Finding

FORMAT = 2  # 2: paths relative to the baseline; entries may cover their rule's findings in a file


class BaselineError(Exception):
    pass


@dataclass
class Baseline:
    folder: Path  # where the baseline is: its paths are relative to it
    fingerprints: Counter[str] = field(default_factory=Counter)
    covered: set[tuple[str, str]] = field(default_factory=set)  # (rule, relative path)
    legacy: bool = False  # format 1: paths as the working directory saw them

    def relative(self, path: str) -> str:
        if self.legacy:
            return path
        return Path(os.path.relpath(Path(path).absolute(), self.folder.absolute())).as_posix()


def write(path: Path, findings: list[Finding], covers_file: Callable[[Finding], bool]) -> None:
    base = Baseline(path.parent)
    entries = []
    for f in findings:
        shown = base.relative(f.path)
        entry = {"fingerprint": f.fingerprint_as(shown), "rule_id": f.rule_id, "path": shown}
        entries.append({**entry, "message": f.message, **({"covers": "file"} if covers_file(f) else {})})
    payload = {"iacreview_baseline": FORMAT, "findings": entries}
    try:
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write baseline: {exc.strerror or exc}") from exc


def read(path: Path) -> Baseline:
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
        or data.get("iacreview_baseline") not in (1, FORMAT)
        or not isinstance(data.get("findings"), list)
    ):
        raise BaselineError(f"{path}: not an iacreview baseline (write one with --write-baseline)")
    baseline = Baseline(path.parent, legacy=data["iacreview_baseline"] == 1)
    for entry in data["findings"]:
        if not isinstance(entry, dict):
            continue
        baseline.fingerprints[str(entry.get("fingerprint"))] += 1
        if entry.get("covers") == "file":
            baseline.covered.add((str(entry.get("rule_id")), str(entry.get("path"))))
    return baseline


def split(findings: list[Finding], baseline: Baseline) -> tuple[list[Finding], list[Finding]]:
    """(new findings, baselined findings)."""
    left = Counter(baseline.fingerprints)
    new, known = [], []
    for f in findings:
        shown = baseline.relative(f.path)
        key = f.fingerprint_as(shown)
        if left[key] > 0:
            left[key] -= 1
            known.append(f)
        elif (f.rule_id, shown) in baseline.covered:
            known.append(f)
        else:
            new.append(f)
    return new, known
