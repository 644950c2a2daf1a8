"""A month typed alone ("Juli 2025") in the Pengaturan signing-date cell: Excel keeps it as the date
1 Juli 2025 in a cell whose number format shows the month and year only ("mmmm yyyy", "mmm-yy"). The
report printed "Lumajang, 1 Juli 2025", a day nobody signed on. Where the cell's format shows no day,
the report prints what the cell shows (the month and year) and a peringatan names the cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.build import report_from_bytes
from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from lkj_xl.xlsx.read import read_grids_lxml
from lkj_xl.xlsx.template import new_workbook

SETTINGS = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def _signed(tmp_path: Path, value: object, number_format: str) -> tuple[bytes, str]:
    """The workbook's bytes with the Tanggal Penandatanganan cell holding ``value`` in
    ``number_format``, as Excel keeps what staff typed; and that cell's reference."""
    path = tmp_path / "dinas.xlsx"
    new_workbook(path, pengaturan={**SETTINGS, c.P_TANGGAL: "x"})
    wb = openpyxl.load_workbook(path)
    ws = wb[c.SHEET_PENGATURAN]
    (cell,) = [row[1] for row in ws.iter_rows() if row[0].value == c.P_TANGGAL]
    cell.value, cell.number_format = value, number_format
    wb.save(path)
    return path.read_bytes(), f"B{cell.row}"


def _reports(data: bytes):
    """The report as a build reads it (the fast reader) and by the reference reader."""
    grids, names = read_grids_lxml(data)
    return [report_from_bytes(data), compute(parse_workbook(grids, names))]


@pytest.mark.parametrize("number_format", ["mmmm yyyy", "mmm-yy", "[$-421]mmmm yyyy;@", "mmmm\\ yyyy"])
def test_a_month_alone_is_printed_as_the_cell_shows_it_with_a_peringatan(tmp_path, number_format):
    # "Juli 2025" typed: Excel keeps 1 July 2025. July ends after 30 Juni 2025 (TW II): no other word.
    data, ref = _signed(tmp_path, dt.datetime(2025, 7, 1), number_format)
    for report in _reports(data):
        assert report.settings.tanggal == "Juli 2025"
        (said,) = [f for f in report.findings if (f.sheet, f.sel) == (c.SHEET_PENGATURAN, ref)]
        assert said.severity == "peringatan"
        assert said.pesan == (
            "Tanggal Penandatanganan hanya menunjukkan bulan dan tahun (Juli 2025; Excel menyimpannya sebagai "
            "1 Juli 2025): dicetak Juli 2025, tanpa tanggal. Bila tanggal penandatanganan sudah pasti, "
            "tulis lengkap (mis. 4 Juli 2025)"
        )


def test_a_month_before_the_quarter_ends_is_also_said(tmp_path):
    # "April 2025" typed: the whole month is before 30 Juni 2025, the end of TW II.
    data, ref = _signed(tmp_path, dt.datetime(2025, 4, 1), "mmmm yyyy")
    for report in _reports(data):
        assert report.settings.tanggal == "April 2025"
        said = [f.pesan for f in report.findings if (f.sheet, f.sel) == (c.SHEET_PENGATURAN, ref)]
        assert any(p.startswith("Tanggal Penandatanganan April 2025 sebelum akhir") for p in said), said


@pytest.mark.parametrize("number_format", ["d mmmm yyyy", "dd/mm/yyyy", "yyyy-mm-dd", "d-mmm-yy"])
def test_a_date_whose_format_shows_the_day_is_printed_with_it(tmp_path, number_format):
    data, ref = _signed(tmp_path, dt.datetime(2025, 7, 1), number_format)
    for report in _reports(data):
        assert report.settings.tanggal == "1 Juli 2025"
        assert not [f for f in report.findings if (f.sheet, f.sel) == (c.SHEET_PENGATURAN, ref)]
