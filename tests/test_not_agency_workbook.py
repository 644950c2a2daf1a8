"""`lkj-xl check` / `build` / `export` given a workbook that is not an agency's: the rekap workbook
`lkj-xl rekap` wrote (the Bappeda's own file, the one at hand), or any other xlsx. They said only
'Sheet "Pengaturan" tidak ditemukan; Sheet "Kinerja" tidak ditemukan; ...'. As for an unreadable file,
the CLI says in English what the file is and what the command takes; nothing is written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.xlsx.template import new_workbook


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def rekap(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("rekap")
    new_workbook(
        root / "dinas.xlsx", pengaturan={"Perangkat Daerah": "Dinas Uji", "Tahun": 2025, "Triwulan": 2}
    )
    out = root / "rekap.xlsx"
    assert invoke("rekap", root / "dinas.xlsx", "-o", out, "--jobs", "1").exit_code == 0
    return out


@pytest.mark.parametrize("command", ["check", "build", "export"])
def test_a_rekap_workbook_is_named_as_one(rekap, command):
    before = hashlib.sha256(rekap.read_bytes()).hexdigest()
    run = invoke(command, rekap)
    assert run.exit_code == 2
    assert run.stderr == (
        f"error: {rekap}: a rekap workbook (made by lkj-xl rekap), not an agency's workbook: this command "
        "takes an agency's workbook (with the sheets Pengaturan, Kinerja and Anggaran), such as one of the "
        "files the rekap was made from\n"
    )
    assert hashlib.sha256(rekap.read_bytes()).hexdigest() == before  # build wrote nothing


@pytest.mark.parametrize("command", ["check", "build", "export"])
def test_another_workbook_names_the_missing_sheets_and_the_sheets_it_has(tmp_path, command):
    # A staff member's own table (two sheets) given instead of the agency's workbook.
    wb = openpyxl.Workbook()
    wb.active.title = "Data Kinerja 2025"
    wb.create_sheet("Rekap TW2")
    path = tmp_path / "tabel.xlsx"
    wb.save(path)
    run = invoke(command, path)
    assert run.exit_code == 2
    assert run.stderr == (
        f"error: {path}: not an lkj-xl agency workbook: none of its sheets is Pengaturan, Kinerja or "
        "Anggaran (it has: Data Kinerja 2025, Rekap TW2); lkj-xl new writes a blank agency workbook\n"
    )


def test_one_missing_sheet_keeps_its_indonesian_hint(tmp_path):
    # A workbook of the contract with one sheet renamed is the agency's: the existing message (the
    # sheet's name, the closest one it has) stays.
    path = tmp_path / "dinas.xlsx"
    new_workbook(path)
    wb = openpyxl.load_workbook(path)
    wb["Anggaran"].title = "Angaran"
    wb.save(path)
    run = invoke("check", path)
    assert run.exit_code == 2 and 'Sheet "Anggaran" tidak ditemukan (maksud Anda "Angaran"?)' in run.stderr
