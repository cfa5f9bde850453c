"""Parallel scans equal serial ones; the cache hits, invalidates, and survives concurrent writers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iacreview.engine.cache import Cache
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from tests.conftest import CORPUS, FIXTURES, TODAY

STACK = FIXTURES / "reviewed-stack"


def payload(result) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(f.path, f.span.start, f.span.end, f.rule_id, f.message) for f in result.findings]


def test_parallel_equals_serial_on_the_fixtures(catalogue) -> None:
    paths = [str(p) for p in sorted(STACK.iterdir()) if not p.name.endswith(".expect")]
    serial = Scanner(catalogue, Config(), today=TODAY, jobs=1).scan(paths)
    parallel = Scanner(catalogue, Config(), today=TODAY, jobs=2).scan(paths)
    assert len(paths) >= 8  # enough projects for the worker pool
    assert payload(parallel) == payload(serial) and parallel.errors == serial.errors
    assert parallel.sources == serial.sources


@pytest.mark.skipif(not (CORPUS / "tasks").is_dir(), reason="../shared/corpus is not on this machine")
def test_parallel_and_serial_json_are_byte_identical_on_the_corpus(tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"jobs{jobs}.json"
        command = [
            sys.executable,
            "-m",
            "iacreview",
            "check",
            str(CORPUS / "tasks"),
            "--format",
            "json",
            "--no-cache",
            "--jobs",
            jobs,
            "-o",
            str(target),
        ]
        subprocess.run(command, check=False, capture_output=True)
        outputs.append(target.read_bytes())
    assert json.loads(outputs[0])["findings"]
    assert outputs[0] == outputs[1]


class CountingCache(Cache):
    """A cache that counts its hits, so a test can tell a hit from a recomputed equal result."""

    hits = 0

    def get(self, key: str):  # type: ignore[no-untyped-def]
        entry = super().get(key)
        self.hits += entry is not None
        return entry


def test_cache_hits_and_invalidates(catalogue, tmp_path: Path) -> None:
    target = tmp_path / "t.yaml"
    target.write_text((STACK / "bad.cfn.yaml").read_text())
    cache = CountingCache(tmp_path / "cache", "tool")
    first = Scanner(catalogue, Config(), today=TODAY, cache=cache).scan([str(target)])
    assert list((tmp_path / "cache").rglob("*.json")) and cache.hits == 0
    second = Scanner(catalogue, Config(), today=TODAY, cache=cache).scan([str(target)])
    assert cache.hits == 1, "the second scan of an unchanged file must be served from the cache"
    assert payload(second) == payload(first) and second.sources == first.sources
    assert [f.frontend for f in second.findings] == [f.frontend for f in first.findings]
    target.write_text(target.read_text().replace("AES256", "aws:kms"))  # a change is a miss
    third = Scanner(catalogue, Config(), today=TODAY, cache=cache).scan([str(target)])
    assert cache.hits == 1
    assert "IAC101" in {f.rule_id for f in first.findings} and "IAC101" not in {
        f.rule_id for f in third.findings
    }
    other_tool = Scanner(catalogue, Config(), today=TODAY, cache=Cache(tmp_path / "cache", "other")).scan(
        [str(target)]
    )
    assert payload(other_tool) == payload(third)


def test_a_corrupt_or_foreign_cache_entry_is_a_miss(catalogue, tmp_path: Path) -> None:
    target = tmp_path / "t.yaml"
    target.write_text((STACK / "bad.cfn.yaml").read_text())
    cache = Cache(tmp_path / "cache", "tool")
    fresh = Scanner(catalogue, Config(), today=TODAY, cache=cache).scan([str(target)])
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json")
    again = Scanner(catalogue, Config(), today=TODAY, cache=cache).scan([str(target)])
    assert payload(again) == payload(fresh)


def test_concurrent_runs_share_the_cache_safely(tmp_path: Path) -> None:
    env_cache = tmp_path / "cache"
    command = [sys.executable, "-m", "iacreview", "check", str(STACK), "--format", "json"]
    import os

    env = {**os.environ, "IACREVIEW_CACHE_DIR": str(env_cache)}
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        for _ in range(4)
    ]
    outputs = [run.communicate()[0] for run in runs]
    assert len(set(outputs)) == 1 and json.loads(outputs[0])["findings"]
    assert not list(env_cache.rglob(".tmp-*"))  # no half-written entries left behind
    warm = subprocess.run(command, capture_output=True, env=env).stdout
    assert warm == outputs[0]


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "IACREVIEW_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run(
        [sys.executable, "-m", "iacreview", "check", "--no-cache", str(STACK / "bad.tf")],
        env=env,
        capture_output=True,
    )
    assert not (tmp_path / "cache").exists()
