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
    scanner = Scanner(catalogue, config or Config(), today=TODAY, **kwargs)  # type: ignore[arg-type]
    result = scanner.scan([str(p) for p in paths])
    out = []
    for f in result.findings:
        line, _ = LineIndex(Path(f.path).read_bytes()).position(f.span.start)
        out.append((line, f.rule_id, f.message))
    return out


def load_json(text: str) -> dict[str, object]:
    return json.loads(text)  # type: ignore[no-any-return]
