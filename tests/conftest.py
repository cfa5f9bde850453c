from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from iacreview.model.span import LineIndex

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
# Examples are judged on a fixed day, so a runtime deprecated later does not change them.
TODAY = date(2026, 11, 29)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue.load()


def scan(
    paths: list[Path | str], catalogue: Catalogue, config: Config | None = None, **kwargs: object
) -> list[tuple[int, str, str]]:
    """(line, rule id, message) of every finding, for compact assertions."""
    return [
        (line, rule, message) for _, line, rule, message in scan_files(paths, catalogue, config, **kwargs)
    ]


def scan_files(
    paths: list[Path | str], catalogue: Catalogue, config: Config | None = None, **kwargs: object
) -> list[tuple[str, int, str, str]]:
    """(absolute path, line, rule id, message) of every finding."""
    scanner = Scanner(catalogue, config or Config(), today=TODAY, **kwargs)  # type: ignore[arg-type]
    result = scanner.scan([str(p) for p in paths])
    out = []
    for f in result.findings:
        line, _ = LineIndex(result.sources.get(f.path) or Path(f.path).read_bytes()).position(f.span.start)
        out.append((str(Path(f.path).resolve()), line, f.rule_id, f.message))
    return out


def load_json(text: str) -> dict[str, object]:
    return json.loads(text)  # type: ignore[no-any-return]


def project_of(tmp_path: Path, files: dict[str, str], catalogue: Catalogue | None = None):  # type: ignore[no-untyped-def]
    """The project model of some files written under tmp_path (the first one's project)."""
    for name, text in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    scanner = Scanner(catalogue or Catalogue.load(), Config(), today=TODAY, keep_projects=True)
    result = scanner.scan([str(tmp_path / name) for name in files])
    assert result.projects, result.errors
    return result.projects[0]


def by_name(project, name: str):  # type: ignore[no-untyped-def]
    return next(r for r in project.resources if r.name == name)


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the user's result cache."""
    monkeypatch.setenv("IACREVIEW_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "iacreview-cache"))
