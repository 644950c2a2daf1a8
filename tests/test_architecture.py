"""The house rules of issue 10, checked on the code itself: the core imports no spreadsheet library,
the import graph between lkj_xl's modules has no cycle, and no module is a sprawl."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "lkj_xl"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """lkj_xl modules imported by ``path`` at module level (imports inside functions are lazy by
    design: the CLI keeps --help fast that way, and they cannot form an import-time cycle)."""
    found = set()
    for node in ast.parse(path.read_text()).body:
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lkj_xl"):
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        found |= {n for n in names if n in modules}
    return found


def test_every_core_module_imports_no_spreadsheet_library():
    core = sorted(m for m in _modules() if m.startswith("lkj_xl.core"))
    assert "lkj_xl.core.engine" in core and "lkj_xl.core.tables.ringkasan" in core
    code = (
        "import importlib, sys\n"
        f"for m in {core!r}: importlib.import_module(m)\n"
        "print(','.join(m for m in ('openpyxl', 'xlsxwriter', 'xlwings', 'lxml') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "", out


def test_the_core_depends_on_nothing_outside_it():
    modules = _modules()
    for name, path in modules.items():
        if name.startswith("lkj_xl.core"):
            outside = {
                m for m in _imports(path, modules) if not m.startswith(("lkj_xl.core", "lkj_xl.errors"))
            }
            assert not outside, f"{name} imports {outside}"


def test_no_import_cycle():
    modules = _modules()
    graph = {name: _imports(path, modules) - {name} for name, path in modules.items()}
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*trail, name, dep]))
            if dep not in state:
                visit(dep, [*trail, name])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_no_sprawling_module_or_function():
    # Issue 10: modules of at most ~600 lines, functions of at most ~80, so each reads in one sitting.
    too_long = []
    for name, path in _modules().items():
        text = path.read_text()
        if len(text.splitlines()) > 600:
            too_long.append(f"{name}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > 80:
                    too_long.append(f"{name}.{node.name}: {length} lines")
    assert not too_long, too_long
