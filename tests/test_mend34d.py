"""Which code runs (``lkj-xl --version``) after the installs an IT admin really does, and a standard
output that cannot be written, for every command alike (review revB of newuser12)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.common import checkout_copy, cli_into, free_port, git, wheel_commit

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git")


@pytest.mark.slow
@needs_git
def test_a_wheel_built_again_without_a_commit_found_carries_no_earlier_commit(tmp_path):
    # `pip install .` again in the same checkout reuses build/lib; when git found no commit the second
    # time, the first build's _commit.txt was packaged: --version named code that is not what runs.
    src = checkout_copy(tmp_path)
    first = git(src, "rev-parse", "--short=12", "HEAD")
    assert wheel_commit(src, tmp_path / "w1") == f"g{first}"
    git(src, "commit", "-q", "--allow-empty", "-m", "later")
    shutil.move(src / ".git", tmp_path / "git-elsewhere")  # git finds no repository now
    assert wheel_commit(src, tmp_path / "w2") is None  # the release alone, nothing invented


@pytest.mark.slow
@needs_git
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_wheel_built_by_root_from_another_users_clone_names_its_commit(tmp_path):
    # `sudo pip install .` in an admin's own clone: git refused the folder ("dubious ownership"), so
    # the wheel carried the first build's commit (build/lib reused), or none on a first build.
    src = checkout_copy(tmp_path)
    first = git(src, "rev-parse", "--short=12", "HEAD")
    assert wheel_commit(src, tmp_path / "w1") == f"g{first}"
    git(src, "commit", "-q", "--allow-empty", "-m", "later")
    later = git(src, "rev-parse", "--short=12", "HEAD")
    subprocess.run(["chown", "-R", "nobody", str(src)], check=True)
    assert wheel_commit(src, tmp_path / "w2") == f"g{later}"


@needs_git
@pytest.mark.parametrize("site", [True, False], ids=["installed-elsewhere", "never-installed"])
def test_version_run_from_a_checkout_is_its_own_release_and_a_valid_pep_440_version(tmp_path, site):
    # A checkout on PYTHONPATH that was never installed said "0+unknown+gd32fa7ac9c01" (two "+",
    # which packaging.Version rejects); with another lkj-xl installed in site-packages it said that
    # one's release. The checkout's own pyproject.toml says which release its code is.
    from packaging.version import Version

    src = checkout_copy(tmp_path)
    text = (src / "pyproject.toml").read_text(encoding="utf-8")
    assert '\nversion = "' in text
    (src / "pyproject.toml").write_text(
        text.replace('\nversion = "', '\nversion = "7.8.9"\n# was: "', 1), encoding="utf-8"
    )
    git(src, "commit", "-q", "-am", "release 7.8.9")
    commit = git(src, "rev-parse", "--short=12", "HEAD")
    flags = [] if site else ["-S"]  # -S: no site-packages, so no installed lkj-xl's metadata at all
    code = "import lkj_xl.version as v; print(v.version())"
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, *flags, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.stdout.strip() == f"7.8.9+g{commit}", done.stderr
    assert str(Version(done.stdout.strip())) == f"7.8.9+g{commit}"


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["check", "--help"]])
def test_version_and_help_into_a_closed_pipe_end_as_every_command_does(tmp_path, args):
    # `lkj-xl --version | true`: exit 1 (click's own handler caught the closed pipe first), while
    # `lkj-xl export ... | head` ends 141 (128 + SIGPIPE) as the README says. Now all alike.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = cli_into(write_end, tmp_path, *args)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, "")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux's /dev/full: a disk that is full")
def test_serve_onto_a_full_disk_says_it_cannot_write_standard_output(tmp_path):
    # `lkj-xl serve > /var/log/lkj/serve.log` on a full /var: "error: internal error (OSError: [Errno
    # 28] No space left on device); this is a bug in lkj-xl", exit 4, unlike every other command.
    pytest.importorskip("xlwings_server")
    with open("/dev/full", "w") as full:
        done = cli_into(full, tmp_path, "serve", "--port", str(free_port()))
    assert "error: cannot write to standard output: No space left on device\n" in done.stderr
    assert "internal error" not in done.stderr
    assert done.returncode == 2
