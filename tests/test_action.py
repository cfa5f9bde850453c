"""The GitHub Action (action.yml): its review step run as the runner would, with this iacreview."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import FIXTURES, ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())


def test_every_input_used_is_declared() -> None:
    used = set(re.findall(r"inputs\.([\w-]+)", (ROOT / "action.yml").read_text()))
    assert used <= set(ACTION["inputs"]) and ACTION["runs"]["using"] == "composite"


def _review(workspace: Path, **inputs: str) -> subprocess.CompletedProcess[str]:
    """The `Review` step's script, with the action's defaults and `inputs`, as bash runs it."""
    step = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "review")
    values = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()} | inputs
    env = {
        k: re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: values[m.group(1)], v)
        for k, v in step["env"].items()
    }
    bin_dir = str(Path(sys.executable).parent)  # where this environment's iacreview is
    path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        ["bash", "-c", step["run"]],
        cwd=workspace,
        env={**os.environ, **env, "PATH": path},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps run in bash")
def test_review_step_annotates_fails_and_writes_sarif(tmp_path) -> None:
    shutil.copy(FIXTURES / "reviewed-stack" / "bad.cfn.yaml", tmp_path / "template.yaml")
    proc = _review(tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("::error file=template.yaml,")  # GitHub annotations
    log = json.loads((tmp_path / "iacreview.sarif").read_text())
    result = log["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "template.yaml", "uriBaseId": "%SRCROOT%"}


@pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps run in bash")
def test_review_step_passes_below_fail_on_and_without_sarif(tmp_path) -> None:
    shutil.copy(FIXTURES / "reviewed-stack" / "bad.cfn.yaml", tmp_path / "template.yaml")
    proc = _review(tmp_path, **{"fail-on": "critical", "sarif": "", "paths": "template.yaml"})
    assert proc.returncode == 1  # the bad template has critical findings
    shutil.copy(FIXTURES / "reviewed-stack" / "good.cfn.yaml", tmp_path / "template.yaml")
    proc = _review(tmp_path, **{"fail-on": "high", "sarif": "", "paths": "template.yaml"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (tmp_path / "iacreview.sarif").exists()
