"""`lkj-xl laporan` run by a service account without a home folder it may write (cron, systemd's
HOME=/nonexistent): the admin's log gets the tool's own lines, not matplotlib's English warnings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lkj_xl.laporan import charts
from tests.common import EXAMPLE, ROOT

pytestmark = [
    pytest.mark.slow,  # a fresh interpreter importing matplotlib and drawing the report's charts
    pytest.mark.skipif(not charts.available(), reason="matplotlib (the laporan extra) is not installed"),
]


def _laporan_as_service(tmp_path: Path, tmp: Path) -> subprocess.CompletedProcess:
    """`lkj-xl laporan` of the example with HOME a file (no folder can be made under it, not even by
    root) and ``tmp`` as the temporary folder."""
    home = tmp_path / "home-is-a-file"
    home.write_text("")
    workbook = tmp_path / "lkjip.xlsx"
    shutil.copyfile(EXAMPLE, workbook)
    env = {
        k: v for k, v in os.environ.items() if k not in ("MPLCONFIGDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    }
    env |= {"HOME": str(home), "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "lkj_xl", "laporan", str(workbook), "-o", str(tmp_path / "laporan.docx")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


_UID = os.getuid() if hasattr(os, "getuid") else 0


def test_no_matplotlib_warning_without_a_writable_home(tmp_path):
    # Before: "mkdir -p failed for path .../.config/matplotlib" and "Matplotlib created a temporary
    # cache directory ..." on stderr at every run, and the font cache built again each time.
    (tmp := tmp_path / "tmp").mkdir()
    done = _laporan_as_service(tmp_path, tmp)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "laporan.docx").is_file()
    assert "matplotlib" not in done.stderr.lower(), done.stderr
    kept = tmp / f"lkj-xl-matplotlib-{_UID}"
    assert kept.is_dir() and any(kept.iterdir())  # the font cache, kept for the next run


def test_a_link_planted_in_the_temporary_folder_is_not_used(tmp_path):
    # Another account could plant the folder's name in a shared /tmp: a link is not followed, and
    # matplotlib is left to warn as it did before (the report is still written).
    (tmp := tmp_path / "tmp").mkdir()
    (elsewhere := tmp_path / "elsewhere").mkdir()
    (tmp / f"lkj-xl-matplotlib-{_UID}").symlink_to(elsewhere)
    done = _laporan_as_service(tmp_path, tmp)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "laporan.docx").is_file()
    assert not any(elsewhere.iterdir())  # nothing written through the link
