"""The CLI when its output is redirected to a file on a machine whose locale is not UTF-8.

On Windows, `lkj-xl check laporan.xlsx > log.txt` or `lkj-xl export laporan.xlsx > hasil.json` (a
scheduled task, an IT admin's script) gets a stdout in the ANSI code page (cp1252 on Indonesian
Windows), which has no "≥" or "→". Staff type such characters ("≥ 80" in a Target, an arrow in an
Uraian) and findings echo them: the command must not die of them (it did, exit 4 "internal error").
PYTHONIOENCODING=cp1252 gives Python that stdout here as Windows does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import openpyxl
import pytest

from tests.common import ROOT

EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
URAIAN_ARROW = "Koperasi → UKM naik kelas"  # U+2192: not in cp1252


@pytest.fixture
def typed(tmp_path):
    """The example workbook with two cells typed as staff type them."""
    path = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Kinerja"]
    sheet["I6"] = "≥ 80"  # a Target written as in the Renstra: a galat that quotes the "≥"
    sheet["D7"] = URAIAN_ARROW  # an Uraian carried into the output and the export
    book.save(path)
    return path


def _run(*args: str, stdout) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "lkj_xl", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=120,
    )


def test_check_redirected_to_a_cp1252_file_prints_every_finding(typed, tmp_path):
    log = tmp_path / "log.txt"
    with log.open("wb") as out:
        proc = _run("check", str(typed), stdout=out)
    stderr = proc.stderr.decode("cp1252")
    assert "internal error" not in stderr
    assert proc.returncode == 1  # the workbook has a galat (the "≥ 80" target): exit 1, not 4
    text = log.read_bytes().decode("cp1252")  # the file is in the code page the admin's tools read
    line = next(line for line in text.splitlines() if "Kinerja!I6" in line)
    assert "\\u2265 80" in line  # the character the code page lacks, escaped, the rest readable
    assert "galat" in stderr  # the summary line ("N galat, M peringatan") still printed


def test_export_redirected_is_utf8_json_whatever_the_locale(typed, tmp_path):
    target = tmp_path / "hasil.json"
    with target.open("wb") as out:
        proc = _run("export", str(typed), stdout=out)
    assert proc.returncode == 0, proc.stderr.decode("cp1252")
    # JSON exchanged between programs is UTF-8 (RFC 8259), as `export -o hasil.json` writes it.
    data = json.loads(target.read_bytes().decode("utf-8"))
    assert URAIAN_ARROW in json.dumps(data, ensure_ascii=False)
    assert data == json.loads(_export_to_file(typed, tmp_path).read_text(encoding="utf-8"))


def _export_to_file(workbook, tmp_path):
    path = tmp_path / "berkas.json"
    proc = _run("export", str(workbook), "-o", str(path), stdout=subprocess.PIPE)
    assert proc.returncode == 0
    return path
