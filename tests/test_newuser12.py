"""An IT admin installing lkj-xl on a Pemda server from the README: which code runs (``--version``),
and a test suite that does not depend on the developer's environment or on test order."""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.common import ROOT, cli_into

# The version in pyproject.toml, as the installed package's metadata carries it.
BASE = importlib.metadata.version("lkj-xl")


def _version_of(root: Path, cwd: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "--version"], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="a git checkout")
def test_version_run_from_a_checkout_names_its_commit(tmp_path):
    # Every build said "lkj-xl, version 0.1.0": an admin reporting a bug could not say which code ran.
    # From a checkout the commit is added as a PEP 440 local version, ".dirty" with tracked changes.
    commit = _git("rev-parse", "--short=12", "HEAD").strip()
    dirty = ".dirty" if _git("status", "--porcelain", "--untracked-files=no").strip() else ""
    assert _version_of(ROOT, tmp_path) == f"lkj-xl, version {BASE}+g{commit}{dirty}"


def _installed_copy(tmp_path: Path) -> Path:
    """The package as `pip install .` puts it in site-packages: no .git beside it."""
    site = tmp_path / "site-packages"
    shutil.copytree(
        ROOT / "lkj_xl", site / "lkj_xl", ignore=shutil.ignore_patterns("__pycache__", "_commit.txt")
    )
    return site


def test_version_of_an_installed_copy_names_the_commit_it_was_built_from(tmp_path):
    site = _installed_copy(tmp_path)
    (site / "lkj_xl" / "_commit.txt").write_text("g0123456789ab\n")  # written by setup.py's build_py
    assert _version_of(site, tmp_path) == f"lkj-xl, version {BASE}+g0123456789ab"
    # lkj_xl.__version__ (the e-mail's X-Mailer, the rekap's manifest) says the same.
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import lkj_xl; print(lkj_xl.__version__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.stdout.strip() == f"{BASE}+g0123456789ab", out.stderr


def test_version_of_a_copy_built_without_git_is_the_release_alone(tmp_path):
    # A source tarball or a folder without git: nothing is invented.
    site = _installed_copy(tmp_path)
    assert _version_of(site, tmp_path) == f"lkj-xl, version {BASE}"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git")
def test_a_wheel_built_from_the_checkout_carries_its_commit(tmp_path):
    # The README's install is `pip install .` (not editable): the copy in /opt/lkj-xl has no .git, so
    # the commit is written into the package when it is built. Built in a copy: pip's build/ stays there.
    from tests.common import checkout_copy, git, wheel_commit

    src = checkout_copy(tmp_path)
    assert wheel_commit(src, tmp_path / "wheel") == "g" + git(src, "rev-parse", "--short=12", "HEAD")


def test_the_add_in_tests_pass_without_a_licence_key_in_the_developers_environment(tmp_path):
    # xlwings decides when it is first imported whether its "remote" engine (xlwings Server, Lite's
    # book JSON) exists: that needs XLWINGS_LICENSE_KEY set at that moment. Test modules set it at
    # import, so a test importing xlwings before one of them (a file run alone, another order, a
    # developer without the key) failed with "LicenseError: xlwings Server requires a license key".
    # tests/conftest.py sets it before any test module is imported.
    env = {k: v for k, v in os.environ.items() if k not in ("XLWINGS_LICENSE_KEY", "PYTEST_ADDOPTS")}
    env.update({"HOME": str(tmp_path), "PYTHONPATH": str(ROOT)})  # no ~/.xlwings/xlwings.conf either
    test = "tests/test_xl_plan_merges.py::test_action_by_action_and_desktop_merge_a_run_of_rows_in_one_call"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:]


# `python -c` as an interpreter without the server extra's fastapi (a venv with `pip install .` only):
# the import system answers "No module named 'fastapi'" as it does there.
_WITHOUT_FASTAPI = """
import sys

class NoFastapi:
    def find_spec(self, name, path=None, target=None):
        if name == "fastapi" or name.startswith("fastapi."):
            raise ModuleNotFoundError("No module named 'fastapi'", name="fastapi")
        return None

sys.meta_path.insert(0, NoFastapi())
sys.argv = ["lkj-xl", *sys.argv[1:]]
from lkj_xl.__main__ import run
run()
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_serve_without_the_server_extra_says_to_install_it(tmp_path, workers):
    # After the README's `pip install '.[laporan]'`, `lkj-xl serve` said "internal error
    # (ModuleNotFoundError: No module named 'fastapi'); this is a bug in lkj-xl", exit 4: the
    # missing extra was only found when the app was built, past the import the command guarded.
    from tests.common import free_port

    env = {**os.environ, "PYTHONPATH": str(ROOT), "XLWINGS_LICENSE_KEY": "noncommercial"}
    port = str(free_port())
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_FASTAPI, "serve", "--port", port, "--workers", workers],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "the server extra is not installed (fastapi): pip install 'lkj-xl[server]'" in done.stderr
    assert "internal error" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux's /dev/full: a disk that is full")
@pytest.mark.parametrize("args", [["check", "EXAMPLE"], ["--version"]])
def test_output_to_a_full_disk_is_an_error_naming_standard_output(tmp_path, args):
    # cron's `lkj-xl check laporan.xlsx > /var/log/lkj/check.log` on a full /var: "error: internal
    # error (OSError: [Errno 28] No space left on device); this is a bug in lkj-xl", then Python's
    # "Exception ignored ... OSError" and exit 120 (--version: a traceback).
    from tests.common import EXAMPLE

    with open("/dev/full", "w") as full:
        done = cli_into(full, tmp_path, *[str(EXAMPLE) if a == "EXAMPLE" else a for a in args])
    assert done.stderr == "error: cannot write to standard output: No space left on device\n"
    assert done.returncode == 2


def test_output_into_a_pipe_closed_early_ends_quietly(tmp_path):
    # `lkj-xl export laporan.xlsx | head -c 100` (the reader gone before the JSON is all written) said
    # "error: internal error (BrokenPipeError ...); this is a bug in lkj-xl", exit 4. Now quiet, with
    # the status of a program stopped by SIGPIPE as the shell reports it, 128 + 13.
    from tests.common import EXAMPLE

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = cli_into(write_end, tmp_path, "export", str(EXAMPLE))
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, "")
