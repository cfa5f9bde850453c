"""Facts about a project root for project-level rules: its tests, test runner and coverage bar.

Gathered here, by the engine, so that rules stay free of I/O.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path

import yaml

from iacreview.frontends.markdown import is_test
from iacreview.model import ProjectLayout, Span

MARKERS = ("Pulumi.yaml", "Pulumi.yml", "cdk.json", "cdktf.json", "package.json", "pyproject.toml")
SKIP = {"node_modules", ".git", "cdk.out", ".venv", "venv", "dist", "build", "__pycache__", "coverage"}
JS_RUNNERS = ("jest", "vitest", "mocha", "ava", "node --test")
_THRESHOLD = re.compile(r"\b(?:lines|statements|branches|functions)[\"']?\s*[:=]\s*(\d+(?:\.\d+)?)")
_FAIL_UNDER = re.compile(r"(?:fail_under|fail-under|cov-fail-under)\s*[=:]?\s*(\d+(?:\.\d+)?)")


def read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    except OSError:
        return ""


def layout_of(root: Path, shown: str) -> ProjectLayout | None:
    marker = next((root / m for m in MARKERS if (root / m).is_file()), None)
    if marker is None:
        return None
    tests = _test_files(root)
    runner, threshold = _js_testing(root)
    py_runner, py_threshold = _python_testing(root)
    return ProjectLayout(
        marker=Span(shown, *_first_line(marker)),
        test_files=tuple(tests),
        test_runner=runner or py_runner,
        coverage_threshold=threshold if threshold is not None else py_threshold,
    )


def _first_line(path: Path) -> tuple[int, int]:
    """Byte range of the marker's first line that is not blank or a comment: where findings point."""
    try:
        data = path.read_bytes()
    except OSError:
        return 0, 0
    offset = 0
    for line in data.split(b"\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith((b"#", b"//")):
            return offset, offset + len(line.rstrip(b"\r"))
        offset += len(line) + 1
    return 0, 0


def _test_files(root: Path, limit: int = 200) -> list[str]:
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP and not d.startswith("."))
        rel = os.path.relpath(folder, root)
        for name in sorted(files):
            path = name if rel == "." else f"{rel}/{name}"
            if name.endswith((".ts", ".js", ".py", ".mjs")) and is_test(path):
                found.append(path)
                if len(found) >= limit:
                    return found
    return found


def _js_testing(root: Path) -> tuple[str | None, float | None]:
    runner: str | None = None
    threshold: float | None = None
    try:
        package = json.loads(read(root / "package.json") or "{}")
    except ValueError:
        package = {}
    script = str((package.get("scripts") or {}).get("test", ""))
    runner = next((r for r in JS_RUNNERS if r in script), None)
    if isinstance(package.get("jest"), dict):
        runner = runner or "jest"
        threshold = _min_threshold(json.dumps(package["jest"].get("coverageThreshold", {})))
    for config in sorted(root.glob("jest.config.*")) + sorted(root.glob("vitest.config.*")):
        runner = runner or config.name.split(".")[0]
        text = read(config)
        if "coverageThreshold" in text or "thresholds" in text:
            threshold = _min_threshold(text)
    nyc = read(root / ".nycrc") or read(root / ".nycrc.json")
    if nyc and threshold is None:
        threshold = _min_threshold(nyc)
    return runner, threshold


def _python_testing(root: Path) -> tuple[str | None, float | None]:
    pyproject = read(root / "pyproject.toml")
    setup_cfg = read(root / "setup.cfg")
    texts = [
        pyproject,
        setup_cfg,
        read(root / "pytest.ini"),
        read(root / "tox.ini"),
        read(root / ".coveragerc"),
    ]
    runner = None
    if (
        read(root / "pytest.ini")
        or "[tool.pytest" in pyproject
        or "[tool:pytest]" in setup_cfg
        or "[pytest]" in read(root / "tox.ini")
    ):
        runner = "pytest"
    threshold = None
    for text in texts:
        match = _FAIL_UNDER.search(text)
        if match:
            threshold = float(match.group(1))
            break
    return runner, threshold


def _min_threshold(text: str) -> float | None:
    values = [float(v) for v in _THRESHOLD.findall(text)]
    return min(values) if values else None


def pulumi_entry(root: Path) -> Path | None:
    """The file a Pulumi project runs, where its stack outputs must be exported: `main:` of
    Pulumi.yaml (a file, or a folder holding index.ts / __main__.py), else package.json's `main`,
    else index.ts / index.js / __main__.py. None when `root` holds no Pulumi.yaml."""
    manifest = next((root / name for name in ("Pulumi.yaml", "Pulumi.yml") if (root / name).is_file()), None)
    if manifest is None:
        return None
    try:
        settings = yaml.safe_load(read(manifest)) or {}
    except yaml.YAMLError:
        return None
    main = settings.get("main") if isinstance(settings, dict) else None
    base = root / main if isinstance(main, str) else root
    if base.is_file():
        return base
    package = read(base / "package.json")
    if package:
        with contextlib.suppress(ValueError, AttributeError):  # not JSON, or not an object
            declared = json.loads(package).get("main")
            if isinstance(declared, str) and (base / declared).is_file():
                return base / declared
    return next((base / n for n in ("index.ts", "index.js", "__main__.py") if (base / n).is_file()), None)
