"""A rekap of several periods (an agency's folder holding its TW I and TW II workbooks): Semua Indikator
and Semua Program group the rows by period, the newest first as the ranking does, and name the period
in their first column, repeated on every printed page. Before, the rows came in file order (01 Dinas
Koperasi's TW I, its TW II, then 02 Dinas Pariwisata's TW I, ...), the period in a column at the far
right: a reader summing the capaian of a page summed two quarters.

No heading row between the periods: an Excel table (ListObject) is one block under one header, and a
heading row inside it would be a data row to its filters and to every pivot table (a blank Indikator
counted, a "Triwulan II" row with no figure). A rekap of one period keeps its columns as before."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.rekap_output import write
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_periods import anggaran, kinerja

_PEMDA = "Kabupaten Uji"
# (folder, agency, T1's TW II realisasi)
_AGENCIES = (("01 Dinas Koperasi", "Dinas Koperasi", "72"), ("02 Dinas Pariwisata", "Dinas Pariwisata", "64"))
_TW = {1: "Triwulan I Tahun 2025", 2: "Triwulan II Tahun 2025"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Each agency's folder holding its TW I and TW II workbooks: file order mixes the quarters."""
    root = tmp_path_factory.mktemp("kab")
    for name, opd, t1_tw2 in _AGENCIES:
        for tw in (1, 2):
            settings = {c.P_PEMDA: _PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: tw}
            (root / name).mkdir(exist_ok=True)
            new_workbook(root / name / f"LKjIP TW {'I' * tw}.xlsx", pengaturan=settings,
                         kinerja=kinerja(tw, t1_tw2), anggaran=anggaran(tw))  # fmt: skip
    return root


def test_the_tables_come_grouped_by_period_the_newest_first(folder):
    result = lkj_xl.rekap(folder, jobs=1)
    # 5 indicators (T1, S1, S2 and P1's two) and 1 program per workbook; TW II of both agencies first,
    # each agency's rows in file order (01 before 02), then TW I likewise
    for table, per_file in ((result.indikator, 5), (result.program, 1)):
        got = list(zip(table["triwulan"].tolist(), table["perangkat_daerah"].tolist()))
        want = [(tw, opd) for tw in (2, 1) for _, opd, _ in _AGENCIES for _ in range(per_file)]
        assert got == want
    # within an agency's period its rows keep the workbook's order
    kode = result.indikator["kode"].tolist()
    assert kode[:5] == ["T1", "S1", "S2", "P1", "P1"]


def _table_sheet(path: Path, sheet: str):
    book = openpyxl.load_workbook(path)
    return book[sheet]


def test_the_sheets_name_the_period_first_and_print_it_on_every_page(folder, tmp_path):
    out = tmp_path / "rekap.xlsx"
    write(lkj_xl.rekap(folder, jobs=1), "xlsx", out)
    for sheet, per_file in (("Semua Indikator", 5), ("Semua Program", 1)):
        ws = _table_sheet(out, sheet)
        header = [cell.value for cell in ws[1]]
        assert header[:3] == ["Periode", "Pemerintah Daerah", "Perangkat Daerah"], sheet
        assert header.count("Periode") == 1  # moved, not repeated
        rows = 2 * 2 * per_file  # 2 agencies x 2 quarters
        first = [ws.cell(row, 1).value for row in range(2, rows + 2)]
        assert first == [_TW[2]] * (rows // 2) + [_TW[1]] * (rows // 2), sheet
        # one table, one block under one header: every row of both periods, no row between them
        (table,) = ws.tables.values()
        assert table.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{rows + 1}", sheet
        # the period, the Pemda and the agency on every printed page
        assert ws.print_title_cols == "$A:$C", sheet


def test_a_rekap_of_one_period_keeps_its_columns(folder, tmp_path):
    out = tmp_path / "rekap.xlsx"
    write(lkj_xl.rekap(sorted(folder.glob("*/LKjIP TW II.xlsx")), jobs=1), "xlsx", out)
    ws = _table_sheet(out, "Semua Indikator")
    header = [cell.value for cell in ws[1]]
    assert header[:3] == ["Pemerintah Daerah", "Perangkat Daerah", "Berkas"]
    assert header[-4:] == ["Periode", "Tahun", "Triwulan", "Kunci"]
    assert ws.print_title_cols == "$A:$B"


@pytest.mark.slow
def test_every_printed_page_names_the_period_of_its_rows(folder, tmp_path):
    # Printed by LibreOffice (as lkj-xl pdf prints): each page of Semua Indikator and Semua Program,
    # several side by side and down, repeats Periode, Pemerintah Daerah and Perangkat Daerah, so a page
    # of capaian says which quarter each row is of: every row printed starts with its period.
    import subprocess

    from tests.test_rekap import print_pdf

    out = tmp_path / "rekap.xlsx"
    write(lkj_xl.rekap(folder, jobs=1), "xlsx", out)
    for sheet in ("Semua Indikator", "Semua Program"):
        pdf = print_pdf(out, tmp_path / "cetak.pdf", sheets=[sheet])
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        )
        pages = [page for page in text.stdout.split("\f") if page.strip()]
        assert len(pages) > 1, sheet  # several pages side by side
        for page in pages:
            # (not the footer, "Semua Indikator, Kabupaten Uji, beberapa periode ... Halaman 1 dari 6")
            rows = [
                line.strip()
                for line in page.splitlines()
                if "Kabupaten Uji" in line and "Halaman" not in line
            ]
            assert rows and "Periode" in page, sheet
            assert all(
                row.startswith(("Triwulan II Tahun 2025 ", "Triwulan I Tahun 2025 ")) for row in rows
            ), sheet
