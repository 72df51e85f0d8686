"""Lower layers never import higher ones.

The layers, lowest first, are written in ``docs/explanation/layers.md``; this
test reads every module's imports (its source, so lazy imports inside
functions count too) and fails on an import that reaches up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "polevents"

LAYERS: dict[str, int] = {
    # 0: words and small checks every layer may use; they import no polevents module
    # above them.
    "_render": 0,
    "errors": 1,
    "_validators": 1,
    "certainty": 1,
    "_lang": 1,
    "units": 1,
    "figures": 2,
    "_reading": 2,
    "timeline": 2,
    "_dates": 2,
    "_dates_words": 2,
    "sources": 3,
    "metrics": 3,
    "actors": 3,
    "places": 3,
    "events": 4,
    "records": 5,
    "io": 6,
    "datasets": 6,
    "_convert": 6,
    "_formats": 6,
    "_schema": 6,
    "_problems": 6,
    "_report": 6,
    "_frames": 6,
    "plot": 7,
    "cli": 7,
    "__main__": 7,
    "strategies": 7,
    "_hypothesis_plugin": 7,
    "__init__": 8,
}


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE).with_suffix("")
    return relative.parts[0]


def _imports(path: Path) -> set[str]:
    """The first-level polevents modules a file imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] != "polevents":
                continue
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "polevents" and len(parts) > 1:
                    found.add(parts[1])
    return found


FILES = sorted(p for p in PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    assert {_module_name(p) for p in FILES} <= set(LAYERS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_reaches_up(path: Path) -> None:
    here = LAYERS[_module_name(path)]
    above = {m: LAYERS[m] for m in _imports(path) if m in LAYERS and LAYERS[m] > here}
    assert not above, f"{path.name} (layer {here}) imports {above}"
