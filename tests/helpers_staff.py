"""Small workbooks and reports the staff-typing tests share: a built new workbook, a Pengaturan typed
row by row, a next year's workbook."""

from __future__ import annotations

import openpyxl

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import grid, kinerja_row, pengaturan, workbook


# --- Many alike Sasaran rows (the copied-column check weighs how many rows repeat a quarter) -------
def sasaran_rows(rows, *, indikator: str = "Jumlah", **more) -> list[list]:
    """Sasaran rows with no Tujuan above, each of ``rows`` a (Kode, target, TW I-IV): named "Sasaran
    <Kode>", measured by "<indikator> <Kode>"; ``more`` as tests.test_engine.kinerja_row's (satuan,
    jenis)."""
    return [
        kinerja_row(kode, "Sasaran", "", f"Sasaran {kode}", f"{indikator} {kode}", target, tws, **more)
        for kode, target, tws in rows
    ]


# --- A workbook made by `lkj-xl new`, built, and its CSV export -----------------------------------
def built_new_workbook(tmp_path, kinerja):
    """`lkj-xl new`'s workbook with ``kinerja`` rows, built by `lkj-xl build` and opened with openpyxl."""
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    path, out = tmp_path / "laporan.xlsx", tmp_path / "hasil.xlsx"
    settings = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def row_of(ws, indikator):
    """The first row of ``ws`` with a cell holding ``indikator``."""
    return next(r for r in ws.iter_rows() if any(cell.value == indikator for cell in r))


def csv_rows(report, table):
    """``table`` of the report as `lkj-xl export` writes it (semicolon CSV), one dict a row."""
    import csv
    import io

    from lkj_xl.core.export import to_csv

    text = to_csv(report, table, excel_id=True).lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


# --- Pengaturan typed row by row ------------------------------------------------------------------
# Pengaturan of tests.test_engine.pengaturan: title (row 1), header (row 2), Pemerintah Daerah (B3),
# Perangkat Daerah (B4), Tahun (B5), Triwulan (B6); the rows below are the test's own (B7, B8, ...).
# One Kumulatif indicator: TW I 25 + TW II 4 = 29 s.d. TW II (the seed's cooperatives), TW III 10
# makes s.d. TW III 39: a report of the wrong quarter shows another figure.
KOPERASI = kinerja_row("T1", "Tujuan", "", "Tujuan", "Koperasi diperiksa", "40", ("25", "4", "10", None))


def report_with_pengaturan(rows, kinerja=(KOPERASI,), anggaran=()):
    """A report whose Pengaturan is ``rows`` (Parameter, Nilai) under the title and header rows."""
    books = workbook(list(kinerja), list(anggaran))
    books["Pengaturan"] = grid([["Pengaturan laporan"], ["Parameter", "Nilai"], *rows])
    return compute(parse_workbook(books))


def pengaturan_findings(report, sel, severity=None):
    """The report's findings on Pengaturan's ``sel`` (of ``severity`` when given)."""
    return [
        f
        for f in report.findings
        if (f.sheet, f.sel) == ("Pengaturan", sel) and severity in (None, f.severity)
    ]


# --- A workbook's three sheets from rows, and the next year's -------------------------------------
def book_of(kinerja_rows, anggaran_rows=(), *, triwulan=3, kinerja_extra=(), anggaran_extra=(), **settings):
    """The three sheets from rows, with extra header columns and Pengaturan ``settings``."""
    return {
        "Pengaturan": pengaturan(triwulan, **settings),
        "Kinerja": grid([[*c.KINERJA_HEADERS, *kinerja_extra], *kinerja_rows]),
        "Anggaran": grid([[*c.ANGGARAN_HEADERS, *anggaran_extra], *anggaran_rows]),
    }


def report_of(book):
    """The report computed from ``book``."""
    return compute(parse_workbook(book))


def next_year_report(extra_header, extra_value, *, triwulan=1, tws=(25, 30, 20, 25), jenis="Kumulatif"):
    """The report of Sasaran S1 with ``extra_header`` / ``extra_value`` when Pengaturan says Tahun 2026."""
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, tws, satuan="unit", jenis=jenis)
    book = book_of([[*row, extra_value]], triwulan=triwulan, kinerja_extra=[extra_header])
    book["Pengaturan"] = grid(
        [[cell.value if cell.value != 2025 else 2026 for cell in r] for r in book["Pengaturan"]]
    )
    return report_of(book)
