"""Fuzzing the frontends with mutations of real fixtures: never an exception out of a frontend,
every position inside the file."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner
from tests.conftest import FIXTURES, TODAY

SEEDS = sorted(p for p in (FIXTURES / "reviewed-stack").iterdir() if not p.name.endswith(".expect"))
CATALOGUE = Catalogue.load()
TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b"(",
    b")",
    b'"',
    b"'",
    b"`",
    b"${",
    b"!Ref ",
    b"*",
    b"&a ",
    b"\n",
    b"\t",
    b"\x00",
    b"\xff",
    b"\xe2\x82",
    b"#",
    b"//",
    b"/*",
    b"<<EOF\n",
    b"```",
    b"\r\n",
    b":",
    b",",
    b"=",
    b"new ",
    b"\\",
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    seed = draw(st.sampled_from(SEEDS))
    data = bytearray(seed.read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "flip", "truncate", "duplicate"]))
        if action == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "truncate":
            del data[at:]
        elif action == "duplicate":
            data[at:at] = data[max(0, at - 80) : at]
    return seed.name, bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated())
def test_frontends_survive_mutations_and_keep_positions_inside_the_file(tmp_path_factory, case) -> None:
    name, data = case
    folder = tmp_path_factory.mktemp("fuzz")
    path = Path(folder) / name
    path.write_bytes(data)
    result = Scanner(CATALOGUE, Config(), today=TODAY, jobs=1).scan([str(path)])
    assert result.internal_errors == 0, result.errors
    for finding in result.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(data), finding
