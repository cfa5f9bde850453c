"""What `fix` writes, and when it refuses: exit codes of --diff, --show-fixes, and safe writes
(a file changed since it was read, a link out of the scanned paths, read-only files and folders)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from iacreview.cli import main
from iacreview.fixes import apply

STACK = Path(__file__).parent.parent / "fixtures" / "reviewed-stack"
FIXABLE = ["--isolated", "--no-cache", "--select", "IAC401,IAC501"]  # safe fixes of both templates


def copy(tmp_path: Path, name: str = "bad.cfn.yaml") -> Path:
    target = tmp_path / name
    shutil.copyfile(STACK / name, target)
    return target


def test_diff_exits_1_when_there_is_a_diff_and_0_when_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = copy(tmp_path)
    assert main(["fix", "--diff", *FIXABLE, str(target)]) == 1
    assert capsys.readouterr().out.startswith("--- ")
    main(["fix", *FIXABLE, str(target)])
    capsys.readouterr()
    assert main(["fix", "--diff", *FIXABLE, str(target)]) == 0
    assert capsys.readouterr().out == ""


def test_show_fixes_lists_what_was_fixed_per_file_and_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = copy(tmp_path)
    main(["fix", "--show-fixes", *FIXABLE, str(target)])
    err = capsys.readouterr().err
    assert "Fixed " in err and f"- {target}:" in err
    assert "1 × IAC401 (iam-trust-service-mismatch)" in err


def test_a_file_changed_since_it_was_read_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = copy(tmp_path)
    run = apply.run

    def run_then_edit(*args: object, **kwargs: object) -> apply.FixOutcome:
        outcome = run(*args, **kwargs)  # type: ignore[arg-type]
        with target.open("a") as handle:  # another editor saves the file while fix runs
            handle.write("# appended meanwhile\n")
        return outcome

    monkeypatch.setattr(apply, "run", run_then_edit)
    assert main(["fix", *FIXABLE, str(target)]) == 2
    assert target.read_text().endswith("# appended meanwhile\n")
    assert target.read_bytes() == (STACK / "bad.cfn.yaml").read_bytes() + b"# appended meanwhile\n"


def test_a_link_to_a_file_outside_the_scanned_paths_is_not_written(tmp_path: Path) -> None:
    outside = copy(tmp_path)
    scanned = tmp_path / "scanned"
    scanned.mkdir()
    (scanned / "linked.cfn.yaml").symlink_to(outside)
    assert main(["fix", *FIXABLE, str(scanned)]) == 2
    assert outside.read_bytes() == (STACK / "bad.cfn.yaml").read_bytes()


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_read_only_file_is_an_error_and_the_others_are_fixed(
    tmp_path: Path, read_only: str, capsys: pytest.CaptureFixture[str]
) -> None:
    locked_dir = tmp_path / "locked"
    locked_dir.mkdir()
    locked = copy(locked_dir)
    other = copy(tmp_path, "bad.cfn.json")
    target = locked if read_only == "file" else locked_dir
    mode = target.stat().st_mode
    target.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        assert main(["fix", *FIXABLE, str(locked), str(other)]) == 2
    finally:
        target.chmod(mode)
    assert "read-only" in capsys.readouterr().err
    assert locked.read_bytes() == (STACK / "bad.cfn.yaml").read_bytes()
    assert other.read_bytes() != (STACK / "bad.cfn.json").read_bytes()


def test_a_fixed_file_keeps_its_mode(tmp_path: Path) -> None:
    target = copy(tmp_path)
    target.chmod(0o640)
    main(["fix", *FIXABLE, str(target)])
    assert target.read_bytes() != (STACK / "bad.cfn.yaml").read_bytes()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
