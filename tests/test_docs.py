"""docs/rules/ and the README's pictures are generated: they must match what the tool says now."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from iacreview.docs import example_files

ROOT = Path(__file__).resolve().parent.parent


def test_rule_docs_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.pages().items():
        path = ROOT / "docs" / "rules" / name
        assert path.is_file() and path.read_text(encoding="utf-8") == text, (
            f"{name} is stale: python scripts/gen_docs.py"
        )


def test_readme_pictures_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("gen_screenshots", ROOT / "scripts" / "gen_screenshots.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.pictures().items():
        path = ROOT / "docs" / "images" / name
        assert path.is_file() and path.read_text(encoding="utf-8") == text, (
            f"docs/images/{name} is stale: python scripts/gen_screenshots.py"
        )
        assert f"docs/images/{name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_example_projects_list_their_files_not_python_caches(tmp_path: Path) -> None:
    project = tmp_path / "bad.pulumi.py"
    (project / "tests" / "__pycache__").mkdir(parents=True)
    (project / "__main__.py").write_text("import pulumi\n")
    (project / "tests" / "__pycache__" / "test_x.cpython-311.pyc").write_bytes(b"\x00")
    assert example_files(project) == [project / "__main__.py"]
