"""The dependency arrows point one way: frontends -> model; rules -> rulekit -> model; the engine
wires frontends and rules; reporters and fixers read findings. Imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "iacreview"

# A package may import only packages of a lower layer (and itself).
LAYERS: dict[str, int] = {
    "__init__": 0,  # the version
    "sdkdata": 0,  # generated provider data
    "reference": 0,  # the reference stack, shipped as data
    "model": 1,
    "frontends": 2,
    "rulekit": 3,
    "engine": 4,
    "docs": 5,
    "progress": 5,
    "reporters": 6,
    "fixes": 6,
    "server": 7,  # the Language Server: the engine and fixes, as `check` and `fix` use them
    "cli": 8,
    "__main__": 9,
}
RULE_IMPORTS = ("iacreview.model", "iacreview.rulekit")  # all a rule's check.py may import


def unit_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_units(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "iacreview":
                names = [f"iacreview.{alias.name}" for alias in node.names if alias.name != "__version__"]
        for name in names:
            parts = name.split(".")
            if parts[0] == "iacreview" and len(parts) > 1:
                found.add(parts[1])
    return found


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        if "pulumi-py" in path.parts:  # the reference Pulumi program is a project of its own
            continue
        unit = unit_of(path)
        graph.setdefault(unit, set()).update(u for u in imported_units(path) if u != unit)
    return graph


def test_every_package_has_a_layer() -> None:
    assert set(package_graph()) <= set(LAYERS), set(package_graph()) - set(LAYERS)


@pytest.mark.parametrize("unit", sorted(LAYERS))
def test_imports_point_down(unit: str) -> None:
    upward = {target for target in package_graph().get(unit, set()) if LAYERS.get(target, 99) >= LAYERS[unit]}
    assert not upward, f"iacreview.{unit} imports from a layer at or above its own: {sorted(upward)}"


def test_no_cycle_between_packages() -> None:
    graph = package_graph()
    state: dict[str, int] = {}

    def visit(unit: str, trail: list[str]) -> None:
        state[unit] = 1
        for target in graph.get(unit, set()):
            assert state.get(target) != 1, f"import cycle: {' -> '.join([*trail, unit, target])}"
            if state.get(target) is None:
                visit(target, [*trail, unit])
        state[unit] = 2

    for unit in sorted(graph):
        if unit not in state:
            visit(unit, [])


@pytest.mark.parametrize("check", sorted((ROOT / "rules").glob("*/*/check.py")), ids=lambda p: p.parent.name)
def test_a_rule_imports_only_the_model_and_rulekit(check: Path) -> None:
    tree = ast.parse(check.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("iacreview"):
            assert node.module.startswith(RULE_IMPORTS), f"{check}: imports {node.module}"
