"""(pola61) The readers of an Analisis sentence's figures share their patterns through
lkj_xl.core.angka_pola, with no cycle hidden by imports inside functions: angka_berikut and angka_menjadi
imported angka_teks (its private names) at module level while angka_teks imported them back in three
functions, a cycle test_architecture cannot see (it reads module-level imports only)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "lkj_xl" / "core"
READERS = ("angka_teks", "angka_berikut", "angka_menjadi", "angka_pola")


def _imports(name: str) -> tuple[set[str], list[int]]:
    """The lkj_xl.core modules ``name`` imports anywhere, and the lines of its imports inside a function."""
    tree = ast.parse((CORE / f"{name}.py").read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lkj_xl.core"):
            found.add(node.module.removeprefix("lkj_xl.core."))
            if node.module == "lkj_xl.core":  # from lkj_xl.core import angka_pola as pola
                found.update(a.name for a in node.names)
    inner = [
        n.lineno
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        for n in ast.walk(f)
        if isinstance(n, ast.Import | ast.ImportFrom)
    ]
    return found, inner


def test_figure_readers_import_nothing_inside_a_function():
    for name in READERS:
        assert _imports(name)[1] == [], name


def test_figure_readers_import_graph_has_no_cycle():
    # angka_pola builds on none of the readers; angka_berikut and angka_menjadi on no angka_teks
    assert not _imports("angka_pola")[0] & set(READERS)
    assert "angka_teks" not in _imports("angka_berikut")[0]
    assert "angka_teks" not in _imports("angka_menjadi")[0]
    assert {"angka_pola", "angka_berikut", "angka_menjadi"} <= _imports("angka_teks")[0]
