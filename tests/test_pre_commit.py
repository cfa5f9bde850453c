"""The pre-commit hook, run by the real pre-commit tool against this checkout (`try-repo`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed by pre-commit")


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("project")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "ci@example.com")
    git(repo, "config", "user.name", "ci")
    shutil.copy(FIXTURES / "reviewed-stack" / "bad.cfn.yaml", repo / "bad.yaml")
    shutil.copy(FIXTURES / "reviewed-stack" / "good.cfn.yaml", repo / "good.yaml")
    git(repo, "add", ".")
    return repo


def try_repo(project: Path, home: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "iacreview", "--files", *files]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_bad_file_and_shows_the_finding(project: Path, tmp_path_factory) -> None:
    proc = try_repo(project, tmp_path_factory.getbasetemp() / "pre-commit-home", "bad.yaml")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "bad.yaml:22:29: IAC101 [high]" in output


def test_hook_passes_on_a_good_file(project: Path, tmp_path_factory) -> None:
    proc = try_repo(project, tmp_path_factory.getbasetemp() / "pre-commit-home", "good.yaml")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_hook_passes_only_candidates_and_says_nothing_of_non_iac_yaml(tmp_path_factory) -> None:
    repo = tmp_path_factory.mktemp("mixed")
    git(repo, "init", "-q")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n")
    (repo / "package.json").write_text('{"name": "x"}\n')
    (repo / "k8s").mkdir()
    (repo / "k8s" / "deploy.yaml").write_text("apiVersion: apps/v1\nkind: Deployment\n")
    (repo / "notes.yaml").write_text("todo: [a, b]\n")  # not excluded by name: read, skipped silently
    shutil.copy(FIXTURES / "reviewed-stack" / "good.cfn.yaml", repo / "template.yaml")
    git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.getbasetemp() / "pre-commit-home")}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "iacreview", "--all-files", "-v"]
    proc = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "skipped" not in output and "ci.yml" not in output and "deploy.yaml" not in output
