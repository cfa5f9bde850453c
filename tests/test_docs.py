"""docs/rules/ and the README's pictures are generated: they must match what the tool says now."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from iacreview.docs import example_files, sync

ROOT = Path(__file__).resolve().parent.parent


def generator(name: str):  # type: ignore[no-untyped-def]
    """One of scripts/gen_*.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_docs_are_up_to_date() -> None:
    stale = sync(ROOT / "docs" / "rules", generator("gen_docs").pages(), check=True)
    assert stale == [], f"{stale} stale: python scripts/gen_docs.py"


def test_readme_pictures_are_up_to_date() -> None:
    pictures = generator("gen_screenshots").pictures()
    stale = sync(ROOT / "docs" / "images", pictures, check=True)
    assert stale == [], f"{stale} stale: python scripts/gen_screenshots.py"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"docs/images/{name}" in readme for name in pictures)


def test_example_projects_list_their_files_not_python_caches(tmp_path: Path) -> None:
    project = tmp_path / "bad.pulumi.py"
    (project / "tests" / "__pycache__").mkdir(parents=True)
    (project / "__main__.py").write_text("import pulumi\n")
    (project / "tests" / "__pycache__" / "test_x.cpython-311.pyc").write_bytes(b"\x00")
    assert example_files(project) == [project / "__main__.py"]
