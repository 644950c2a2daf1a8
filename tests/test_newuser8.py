"""lkj-xl installed as a server admin installs it: `pip install .` (a regular wheel, not editable),
then run from a folder outside the source tree.

The wheel is built from a copy of what it is built from (``lkj_xl/``, ``pyproject.toml``,
``README.md``): no ``templates/``, ``workbooks/`` or ``tests/`` beside it, so anything read from the
source tree at run time fails here as it fails on every server. Building needs the build backend
(setuptools from PyPI, in pip's isolated build environment): offline without it the tests skip.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from tests.common import EXAMPLE, ROOT

pytestmark = pytest.mark.slow

# pip's words when the isolated build environment cannot get setuptools (no PyPI, no local index).
_OFFLINE = ("No matching distribution found for setuptools", "Could not find a version that satisfies")


def _declared_version() -> str:
    """The version pyproject.toml declares (read as text: tomllib is Python 3.11+)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version = "([^"]+)"$', text, re.MULTILINE)
    assert found, "pyproject.toml has no version line"
    return found.group(1)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> tuple[Path, str]:
    """(the wheel, pip's verbose build log: the backend's own output, its warnings included)."""
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(ROOT / "lkj_xl", src / "lkj_xl", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    # -v: the backend's own output (its warnings) is in the log.
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir", "-v"]
    done = subprocess.run([*pip, "-w", str(out), str(src)], capture_output=True, text=True, timeout=600)
    log = done.stdout + done.stderr
    if done.returncode != 0:
        if any(words in log for words in _OFFLINE):
            pytest.skip("the build backend (setuptools) is not installable here: no PyPI or local index")
        raise AssertionError(f"pip wheel failed:\n{log[-4000:]}")
    (whl,) = out.glob("lkj_xl-*.whl")
    return whl, log


def test_wheel_ships_every_module_and_data_file(wheel):
    """Every file of lkj_xl/ in the source is in the wheel: the modules, and the package data read at
    run time (Petunjuk's texts, the task pane's page and scripts). Listed from the source tree, so a
    data file added without its package-data pattern fails here, not on the first server."""
    whl, _ = wheel
    source = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "lkj_xl").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    with zipfile.ZipFile(whl) as z:
        shipped = {n for n in z.namelist() if n.startswith("lkj_xl/")}
    assert source - shipped == set()
    # The data files the program opens, named: a glob that matched nothing would leave the set empty.
    named = {"lkj_xl/data/petunjuk.json", "lkj_xl/xl/static/taskpane.html", "lkj_xl/xl/static/lkj.js"}
    assert named <= shipped


def test_wheel_metadata_and_build_without_deprecated_configuration(wheel):
    """The wheel says its version and licence as packaging tools read them, and its build warns of
    nothing setuptools will stop accepting: `license = { text = "MIT" }` printed "By 2027-Feb-18, you
    need to update your project ... or your builds will no longer be supported" at every `pip install .`
    (pip fetches the newest setuptools to build), so after that date no server could install lkj-xl."""
    whl, log = wheel
    with zipfile.ZipFile(whl) as z:
        (name,) = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")]
        meta = Parser().parsestr(z.read(name).decode("utf-8"), headersonly=True)
    assert meta["Name"] == "lkj-xl"
    assert meta["Version"] == _declared_version()
    assert meta["License-Expression"] == "MIT"
    # python-calamine>=0.9 (a dependency) is published for Python >= 3.11 only (its 0.9.0 on PyPI:
    # Requires-Python >=3.11): with ">=3.10", `pip install .` on Python 3.10 (Ubuntu 22.04's python3)
    # ended in "No matching distribution found for python-calamine>=0.9" instead of naming the Python.
    assert meta["Requires-Python"] == ">=3.11"
    deprecations = [line for line in log.splitlines() if "deprecated" in line.lower()]
    assert deprecations == []


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed (not editable); its dependencies come from
    the test environment (system site-packages), so nothing is downloaded."""
    whl, _ = wheel
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    cmd = [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--no-cache-dir", str(whl)]
    # Without the test run's PYTHONPATH: a checkout on it holding lkj_xl.egg-info (left by `pip install
    # -e .`, which builds the C pass there) made pip say "already installed" and install nothing.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run(cmd, check=True, capture_output=True, timeout=300, env=env)
    return env_dir


def _run(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    bindir = installed / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_installed_wheel_runs_outside_the_source_tree(installed, tmp_path):
    """From a folder outside the source tree: the installed package is the one run (not the source's),
    `lkj-xl --version` and `python -m lkj_xl --version` say the declared version, `lkj-xl new` writes
    the blank workbook with its Petunjuk (package data), the example builds and checks."""
    python = str(installed / ("Scripts/python.exe" if os.name == "nt" else "bin/python"))
    where = _run(installed, tmp_path, python, "-c", "import lkj_xl; print(lkj_xl.__file__)")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).resolve().is_relative_to(installed.resolve())
    version = _declared_version()
    for cmd in (["lkj-xl", "--version"], [python, "-m", "lkj_xl", "--version"]):
        done = _run(installed, tmp_path, *cmd)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"lkj-xl, version {version}"
    done = _run(installed, tmp_path, "lkj-xl", "new", "blank.xlsx")
    assert done.returncode == 0, done.stderr
    # Petunjuk's first line is read from lkj_xl/data/petunjuk.json (package data) at run time.
    title = json.loads((ROOT / "lkj_xl" / "data" / "petunjuk.json").read_text(encoding="utf-8"))[0][1]
    with zipfile.ZipFile(tmp_path / "blank.xlsx") as z:
        assert title in z.read("xl/sharedStrings.xml").decode("utf-8")
    shutil.copy(EXAMPLE, tmp_path / "contoh.xlsx")
    done = _run(installed, tmp_path, "lkj-xl", "build", "contoh.xlsx", "-o", "hasil.xlsx")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "hasil.xlsx").is_file()
    done = _run(installed, tmp_path, "lkj-xl", "check", "hasil.xlsx")
    assert done.returncode == 0, done.stderr


def test_installed_wheel_writes_the_task_pane_project(installed, tmp_path):
    """`lkj-xl serve`'s project (the task pane's page, its scripts, the token form) is written from
    the installed package data, every placeholder filled."""
    python = str(installed / ("Scripts/python.exe" if os.name == "nt" else "bin/python"))
    code = (
        "import sys; from pathlib import Path; from lkj_xl.xl.server import write_project; "
        "write_project(Path(sys.argv[1]), token_required=True)"
    )
    (tmp_path / "proj").mkdir()  # serve writes into a fresh temporary folder
    done = _run(installed, tmp_path, python, "-c", code, str(tmp_path / "proj"))
    assert done.returncode == 0, done.stderr
    for rel in ("templates/taskpane.html", "static/js/lkj.js", "static/js/ribbon.js", "static/js/auth.js"):
        text = (tmp_path / "proj" / rel).read_text(encoding="utf-8")
        assert text.strip(), rel
        assert re.findall(r"@[A-Z_]+@", text) == [], rel
