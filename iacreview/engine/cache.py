"""A cache of scan results, so a second pre-commit run over unchanged files costs little.

One entry per project (a Markdown document, a template, a program folder), keyed by the content of
its files, the tool version, the rule catalogue, the configuration and the date (runtime
deprecations depend on it). Entries are written to a temporary file and renamed into place, so
concurrent runs never see half an entry; an unreadable entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from iacreview import __version__
from iacreview.model.finding import Finding
from iacreview.model.span import Span

FORMAT = "2"  # 2: findings record their frontend


def default_dir() -> Path:
    if os.environ.get("IACREVIEW_CACHE_DIR"):
        return Path(os.environ["IACREVIEW_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "iacreview"


def fingerprint(parts: Iterable[bytes]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def tool_fingerprint(rules_dir: Path, settings: str) -> str:
    """What the results depend on besides the files: version, rules, data, configuration, date."""
    data_dir = Path(__file__).resolve().parent.parent / "data"
    parts = [FORMAT.encode(), __version__.encode(), settings.encode()]
    for path in sorted(
        [*rules_dir.glob("*/*/rule.yaml"), *rules_dir.glob("*/*/check.py"), *data_dir.iterdir()]
    ):
        stat = path.stat()
        parts.append(
            f"{path.relative_to(path.parent.parent.parent)}:{stat.st_size}:{stat.st_mtime_ns}".encode()
        )
    return fingerprint(parts)


class Cache:
    def __init__(self, folder: Path, tool: str) -> None:
        self.folder = folder
        self.tool = tool

    def key(self, files: list[tuple[str, bytes]], manifests: list[tuple[str, bytes]]) -> str:
        parts = [self.tool.encode()]
        for path, data in [*files, *manifests]:
            parts += [path.encode(), data]
        return fingerprint(parts)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("format") == FORMAT else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"format": FORMAT, **entry}, handle)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written is only slower


def encode(findings: list[Finding]) -> list[dict[str, Any]]:
    return [
        {
            "rule_id": f.rule_id,
            "name": f.name,
            "severity": f.severity,
            "file": f.span.file,
            "start": f.span.start,
            "end": f.span.end,
            "message": f.message,
            "fixable": f.fixable,
            "logical_path": f.logical_path,
            "args": [list(pair) for pair in f.args],
            "frontend": f.frontend,
            "blocks_deploy": f.blocks_deploy,
        }
        for f in findings
    ]


_ENTRY_FIELDS: dict[str, type] = {
    "rule_id": str,
    "name": str,
    "severity": str,
    "file": str,
    "start": int,
    "end": int,
    "message": str,
    "fixable": bool,
    "logical_path": str,
    "args": list,
    "frontend": str,
    "blocks_deploy": bool,
}
_SEVERITIES = {"critical", "high", "medium", "low"}


def decode(entries: object, files: Collection[str]) -> list[Finding] | None:
    """The findings of a cache entry, or None (a miss) unless it is exactly what `encode` writes and
    names only the project's own `files`: an entry never makes the run read another file."""
    if not isinstance(entries, list):
        return None
    findings = []
    for e in entries:
        if not isinstance(e, dict) or e.keys() != _ENTRY_FIELDS.keys():
            return None
        if any(type(e[name]) is not kind for name, kind in _ENTRY_FIELDS.items()):
            return None
        if e["file"] not in files or e["severity"] not in _SEVERITIES or not 0 <= e["start"] <= e["end"]:
            return None
        args = e["args"]
        if not all(isinstance(a, list) and len(a) == 2 and all(isinstance(x, str) for x in a) for a in args):
            return None
        findings.append(
            Finding(
                e["rule_id"],
                e["name"],
                e["severity"],
                Span(e["file"], e["start"], e["end"]),
                e["message"],
                e["fixable"],
                e["logical_path"],
                tuple((k, v) for k, v in args),
                frontend=e["frontend"],
                blocks_deploy=e["blocks_deploy"],
            )
        )
    return findings
